/**
 * Pictures of a deck's slides at their own size (1280×720 for 16:9), as the
 * print view lays them out: the slides of scripts/shoot.ts and
 * scripts/compare-reference.ts. Needs a running dev server.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

export interface ShotOptions {
  /** The dev server, e.g. `http://127.0.0.1:5173/`. */
  base: string
  /** The deck's Markdown. */
  markdown: string
  /** Where `NN.png` go. */
  outDir: string
  /** Slide numbers to keep (1-based); all when missing. */
  only?: Set<number>
  /** More query parameters for the page (`fit: '0'` turns the overflow guard off). */
  query?: Record<string, string>
}

/** `1,4-6` → {1,4,5,6}; undefined → every slide. */
export function slideSet(text: string | undefined): Set<number> | undefined {
  if (!text) return undefined
  const set = new Set<number>()
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map(Number)
    for (let n = from!; n <= to!; n++) set.add(n)
  }
  return set
}

/** The system Chromium (browsers cannot be downloaded here). */
export const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/**
 * Screenshot each slide to `outDir/NN.png`; returns the files by slide
 * number. Remote images fail at once (offline, as on CI).
 */
export async function shootSlides({ base, markdown, outDir, only, query }: ShotOptions): Promise<Map<number, string>> {
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort(),
    )
    await page.route(
      (url) => url.pathname === '/shoot/deck.md',
      (route) => route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: markdown }),
    )
    const search = new URLSearchParams({ ...query, deck: '/shoot/deck.md', print: '1' })
    await page.goto(`${base}?${search}`)
    await page.emulateMedia({ media: 'print' })
    const pages = page.locator('[data-lectern-print-page]')
    await pages.first().waitFor()
    await page.evaluate(() => document.fonts.ready)
    const files = new Map<number, string>()
    const count = await pages.count()
    for (let i = 0; i < count; i++) {
      const n = i + 1
      if (only && !only.has(n)) continue
      const file = join(outDir, `${String(n).padStart(2, '0')}.png`)
      await pages.nth(i).locator('[data-lectern-slide]').first().screenshot({ path: file })
      files.set(n, file)
    }
    return files
  } finally {
    await browser.close()
  }
}
