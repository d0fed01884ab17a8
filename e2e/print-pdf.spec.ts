import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import {
  darkPixels,
  extrasDeck,
  glassDeck,
  notesDeck,
  pixelColour,
  openPrint,
  pdfImages,
  pdfInfo,
  pdfOf,
  pdfPages,
  routeFixtures,
  squash,
} from './print-fixtures.ts'
import { offline } from './fixtures.ts'

const seedSlides = 12

test.describe('print and PDF', () => {
  test('the seed deck prints one slide a page, at the slide size, with each heading on its page', async ({ page }) => {
    await offline(page)
    await openPrint(page, '/?print=1', seedSlides)
    await expect(page.locator('[data-lectern-print-page] section').first()).not.toHaveAttribute(
      'style',
      /(^|; )background-image: url/,
    )
    const headings = await page
      .locator('[data-lectern-print-page]')
      .evaluateAll((pages) => pages.map((box) => box.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? ''))
    const pdf = await pdfOf(page)
    const info = pdfInfo(pdf)
    expect(info.pages).toBe(seedSlides)
    expect([info.width, info.height]).toEqual([960, 540]) // 1280×720 px
    const texts = pdfPages(pdf)
    expect(texts).toHaveLength(seedSlides)
    headings.forEach((heading, index) => {
      if (squash(heading)) expect(squash(texts[index]!), `slide ${index + 1}`).toContain(squash(heading))
    })
    const { dark, total } = darkPixels(pdf, 1)
    expect(dark).toBeGreaterThan(total * 0.01)
    // The cover band (top 60 % of slide 1) has am_blue's cover colour #2c9cb1, even offline.
    const band = pixelColour(pdf, 1, 0.03, 0.1)
    const wanted = [0x2c, 0x9c, 0xb1]
    band.forEach((value, index) =>
      expect(Math.abs(value - wanted[index]!), `band rgb(${band.join(', ')})`).toBeLessThanOrEqual(4),
    )
    // No app chrome in print: the controls' names are not in the text.
    expect(texts.join('')).not.toContain('English')
  })

  test('print media alone (no URL flag) and the Print / PDF button give the same pages', async ({ page }) => {
    await page.goto('/')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-lectern-print] [data-ready] [data-lectern-print-page]')).toHaveCount(seedSlides)
    const emulated = pdfInfo(await pdfOf(page)).pages
    expect(emulated).toBe(seedSlides)

    await page.emulateMedia({ media: 'screen' })
    await page.goto('/')
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByRole('button', { name: 'Print / PDF' }).click()
    const dialog = page.getByRole('dialog', { name: 'Print / PDF' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('region', { name: 'Preflight' })).not.toContainText('Checking')
    await dialog.getByRole('button', { name: 'Print', exact: true }).click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.emulateMedia({ media: 'print' })
    expect(pdfInfo(await pdfOf(page)).pages).toBe(emulated)
  })

  test('Ctrl+P: beforeprint mounts every page at once, before the browser lays out the print', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: /^1 \/ 12$/ })).toBeVisible()
    await expect(page.locator('[data-lectern-print]')).toHaveCount(0) // nothing extra until printing
    const mounted = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'))
      return document.querySelectorAll('[data-lectern-print] [data-lectern-print-page]').length
    })
    expect(mounted).toBe(seedSlides)
  })

  test('a 4:3 deck prints at 720×540 pt; handouts carry the notes', async ({ page }) => {
    await routeFixtures(page, { 'notes.md': notesDeck })
    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1', 3)
    let info = pdfInfo(await pdfOf(page))
    expect([info.pages, info.width, info.height]).toEqual([3, 720, 540])

    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1&handout=slides-notes', 3)
    const both = await pdfOf(page)
    info = pdfInfo(both)
    expect([info.pages, info.width, info.height]).toEqual([3, 720, 1080])
    const pages = pdfPages(both)
    expect(pages[0]).toContain('First slide')
    expect(pages[0]).toContain('Plain note for the first slide')
    expect(pages[1]).toContain('Second note, also plain')

    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1&handout=notes', 3)
    const notes = pdfPages(await pdfOf(page))
    expect(notes[0]).toContain('Plain note for the first slide')
    expect(notes[0]).not.toContain('two') // slide content is not printed, only its notes
  })

  test('the seed handout has the rendered notes', async ({ page }) => {
    await openPrint(page, '/?print=1&handout=slides-notes', seedSlides)
    const pages = pdfPages(await pdfOf(page))
    expect(pages[0]).toContain('副标题')
    expect(pages[0]).not.toContain('######') // Markdown rendered, not printed as written
  })

  test('math, diagrams and code are typeset by the time the print view says it is ready', async ({ page }) => {
    await routeFixtures(page, { 'extras.md': extrasDeck })
    await openPrint(page, '/?deck=/__print-fixture/extras.md&print=1', 1)
    // Read once, without waiting: the PDF command prints as soon as the view is ready.
    const stages = await page.locator('[data-lectern-print-page]').evaluate((box) => ({
      formulas: box.querySelectorAll('mjx-container > svg').length,
      diagrams: box.querySelectorAll('svg[data-marp-mermaid]').length,
      keywords: [...box.querySelectorAll('pre [class^="hljs-"]')].map((span) => span.textContent),
    }))
    expect(stages.formulas).toBe(2)
    expect(stages.diagrams).toBe(1)
    expect(stages.keywords).toContain('const')
    expect(pdfPages(await pdfOf(page))[0]).not.toContain('$$')
  })

  test('an Awesome glass card keeps its soft shadow in the PDF, drawn as shapes, not a picture', async ({ page }) => {
    await routeFixtures(page, { 'glass.md': glassDeck })
    await openPrint(page, '/?deck=/__print-fixture/glass.md&print=1', 1)
    const card = await page.locator('[data-lectern-print-page] section.fglass ul').evaluate((list) => {
      const box = list.getBoundingClientRect()
      const slide = list.closest('[data-lectern-print-page]')!.getBoundingClientRect()
      return {
        right: box.right - slide.left,
        middle: (box.top + box.bottom) / 2 - slide.top,
        width: slide.width,
        height: slide.height,
      }
    })
    const pdf = await pdfOf(page)
    const at = (dx: number) => pixelColour(pdf, 1, (card.right + dx) / card.width, card.middle / card.height, 96)
    const [red, green, blue] = at(3)
    // The shadow's colour (#d7e0eb, bluish grey) just outside the card, white further out.
    expect(red).toBeLessThan(248)
    expect(blue).toBeGreaterThan(red)
    expect(at(40)).toEqual([255, 255, 255])
    expect(green).toBeGreaterThan(200)
    expect(pdfImages(pdf, 1)).toBe(0)
  })

  test('preflight lists overflowing slides and broken images, with links to them', async ({ page }) => {
    await routeFixtures(page, { 'notes.md': notesDeck })
    await page.goto('/?deck=/__print-fixture/notes.md')
    await expect(page.getByRole('status').filter({ hasText: /^1 \/ 3$/ })).toBeVisible()
    await page.getByRole('button', { name: 'Print / PDF' }).click()
    const preflight = page.getByRole('dialog', { name: 'Print / PDF' }).getByRole('region', { name: 'Preflight' })
    await expect(preflight.getByRole('listitem').filter({ hasText: 'Slide 2: content overflows' })).toBeVisible()
    await expect(preflight.getByRole('listitem').filter({ hasText: /Slide 3: image did not load/ })).toBeVisible()
    await expect(preflight.getByRole('listitem').filter({ hasText: 'Slide 1' })).toHaveCount(0)
    await preflight.getByRole('link', { name: 'Slide 2' }).click()
    await expect(page.getByRole('dialog', { name: 'Print / PDF' })).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: /^2 \/ 3$/ })).toBeVisible()
  })

  test('npm run pdf prints again in Chromium’s usual mode when its single-process mode stops', async () => {
    test.setTimeout(120_000)
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    try {
      // A Chromium that will not start in single-process mode.
      const chromium = join(dir, 'chromium')
      const real = process.env.CHROME_PATH ?? '/usr/bin/chromium'
      writeFileSync(
        chromium,
        `#!/bin/sh\nfor a in "$@"; do [ "$a" = --single-process ] && exit 3; done\nexec '${real}' "$@"\n`,
        { mode: 0o755 },
      )
      const output = join(dir, 'seed.pdf')
      const run = spawnSync(process.execPath, ['scripts/pdf.mjs', 'decks/seed-bert.md', '-o', output], {
        encoding: 'utf8',
        timeout: 110_000,
        env: { ...process.env, CHROME_PATH: chromium },
      })
      expect(run.status, run.stderr).toBe(0)
      expect(run.stderr).toContain('printing again in its usual mode')
      expect(pdfInfo(output).pages).toBe(seedSlides)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('npm run pdf --steps prints a page for each fragment step, the lists growing page by page', async () => {
    test.setTimeout(120_000)
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    try {
      const output = join(dir, 'steps.pdf')
      const run = spawnSync(
        process.execPath,
        ['scripts/pdf.mjs', 'e2e/decks/nav-fragments.md', '--steps', '-o', output],
        {
          encoding: 'utf8',
          timeout: 110_000,
        },
      )
      expect(run.status, run.stderr).toBe(0)
      // Plain, Stars (3 fragments: 4 steps), Parens (2: 3 steps), Dashes, End.
      expect(pdfInfo(output).pages).toBe(1 + 4 + 3 + 1 + 1)
      const pages = pdfPages(readFileSync(output)).map(squash)
      expect(pages.slice(1, 5)).toEqual([
        'Stars',
        'StarsFirststar',
        'StarsFirststarSecondstar',
        'StarsFirststarSecondstarThirdstar',
      ])
      expect(pages.slice(5, 8)).toEqual(['Parens', 'Parens1Alpha', 'Parens1Alpha2Beta'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const awesome = join(process.cwd(), '..', 'shared', 'decks', 'awesome-marp-blue.md')
  test('npm run pdf makes the Awesome Marp deck into 60 pages with its metadata', async () => {
    test.skip(!existsSync(awesome), 'needs ../shared/decks')
    test.setTimeout(240_000)
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    try {
      const output = join(dir, 'awesome.pdf')
      const run = spawnSync(process.execPath, ['scripts/pdf.mjs', awesome, '-o', output], {
        encoding: 'utf8',
        timeout: 230_000,
      })
      expect(run.status, run.stderr).toBe(0)
      const info = pdfInfo(output)
      expect(info.pages).toBe(60)
      expect([info.width, info.height]).toEqual([960, 540])
      expect(info.fields.Title).toBeTruthy()
      expect(info.fields.Tagged).toBe('yes')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
