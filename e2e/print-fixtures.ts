/** Helpers for the print specs: PDFs read with poppler (pdfinfo, pdftotext, pdftoppm), and fixture decks. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** Run `fn` with the PDF written to a temporary file. */
function withFile<T>(pdf: Buffer, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-pdf-'))
  try {
    const path = join(dir, 'out.pdf')
    writeFileSync(path, pdf)
    return fn(path, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `pdfinfo`: page count, first page size in points, and the metadata fields. */
export function pdfInfo(pdf: Buffer | string): {
  pages: number
  width: number
  height: number
  fields: Record<string, string>
} {
  const read = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const text = typeof pdf === 'string' ? read(pdf) : withFile(pdf, read)
  const fields: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match) fields[match[1]!.trim()] = match[2]!.trim()
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '')
  return { pages: Number(fields.Pages), width: Number(size?.[1]), height: Number(size?.[2]), fields }
}

/** The text of each page (`pdftotext`, pages split on form feeds). */
export function pdfPages(pdf: Buffer): string[] {
  const text = withFile(pdf, (path) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }))
  return text.split('\f').slice(0, -1)
}

/** Letters and digits only, for comparing text across line breaks and spacing. */
export const squash = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '')

/** Pixels darker than `threshold` (0–255) on one page rendered in grey at 20 dpi, and the pixel total. */
export function darkPixels(pdf: Buffer, page = 1, threshold = 200): { dark: number; total: number } {
  return withFile(pdf, (path, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), path, join(dir, 'page')])
    const file = execFileSync('ls', [dir], { encoding: 'utf8' })
      .split('\n')
      .find((name) => name.endsWith('.pgm'))
    const data = readFileSync(join(dir, file!))
    // Binary PGM: "P5", width, height, maxval, each followed by whitespace, then one byte a pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!
    const total = Number(header[1]) * Number(header[2])
    const pixels = data.subarray(header[0].length, header[0].length + total)
    let dark = 0
    for (const value of pixels) if (value < threshold) dark++
    return { dark, total }
  })
}

/**
 * The colour of one pixel of a page rendered in colour (at 20 dpi unless
 * told), at a point given as fractions of the page's width and height.
 */
export function pixelColour(pdf: Buffer, page: number, x: number, y: number, dpi = 20): [number, number, number] {
  return withFile(pdf, (path, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), path, join(dir, 'page')])
    const file = execFileSync('ls', [dir], { encoding: 'utf8' })
      .split('\n')
      .find((name) => name.endsWith('.ppm'))
    const data = readFileSync(join(dir, file!))
    // Binary PPM: "P6", width, height, maxval, each followed by whitespace, then three bytes a pixel.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!
    const width = Number(header[1])
    const height = Number(header[2])
    const at = header[0].length + 3 * (Math.floor(y * height) * width + Math.floor(x * width))
    return [data[at]!, data[at + 1]!, data[at + 2]!]
  })
}

/** A 4:3 deck with plain presenter notes, an overflowing slide and an image that does not load. */
export const notesDeck = `---
size: 4:3
title: Print fixture
author: Lectern tests
---

# First slide

* one
* two

<!-- Plain note for the first slide -->

---

# Second slide

${Array.from({ length: 40 }, (_, index) => `Line ${index + 1} of text that does not fit.`).join('\n\n')}

<!-- Second note, also plain -->

---

# Third slide

![broken picture](missing-image.png)
`

/** How many images (pictures, or anything Chromium had to paint as one) a PDF page holds, by `pdfimages -list`. */
export function pdfImages(pdf: Buffer, page: number): number {
  const list = withFile(pdf, (path) =>
    execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), path], { encoding: 'utf8' }),
  )
  // Two header lines, then a line an image.
  return list.trim().split('\n').length - 2
}

/** A deck with math and highlighted code, whose stages load on demand. */
export const extrasDeck = `# Formula and code

Inline $E = mc^2$ and a block:

$$
\\int_0^1 x^2 \\, dx
$$

\`\`\`js
const answer = 42
\`\`\`

\`\`\`mermaid
graph LR
  A --> B
\`\`\`
`

/** An Awesome Marp page with a glass card (a list with a soft shadow). */
export const glassDeck = `---
theme: am_blue
---

<!-- _class: fglass -->

# Glass card

- first point
- second point
`

/** Serve fixture decks at `/__print-fixture/NAME.md` (and 404 for anything else there). */
export async function routeFixtures(page: Page, decks: Record<string, string>) {
  await page.route(
    (url) => url.pathname.startsWith('/__print-fixture/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!
      const body = decks[name]
      return body === undefined
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body })
    },
  )
}

/** Open a print URL under print media and wait until the print view has all its pages. */
export async function openPrint(page: Page, url: string, pages: number) {
  await page.emulateMedia({ media: 'print' })
  await page.goto(url)
  // Laying out every page of a long deck takes seconds on a busy two-core machine.
  await expect(page.locator('[data-lectern-print] [data-ready] [data-lectern-print-page]')).toHaveCount(pages, {
    timeout: 30_000,
  })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** Chromium's PDF as our CLI asks for it. */
export const pdfOf = (page: Page) =>
  page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
