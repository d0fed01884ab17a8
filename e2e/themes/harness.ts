/**
 * Visual check of our built-in themes against Marp's: the sample deck is
 * rendered by marp-core (Marp's own DOM), then shown twice, once with Marp's
 * theme CSS (reference) and once with Marp's CSS removed and ours scoped in.
 *
 *   npx tsx e2e/themes/harness.ts     # PNGs and pages in test-results/themes/
 *
 * marp-core is a dev-only oracle here: we look at its output, we copy nothing.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Marp } from '@marp-team/marp-core'
import { chromium, type Browser } from '@playwright/test'
import { scaffoldCss } from '../../src/themes/scaffold.ts'
import { scopeCss } from '../../src/themes/scope-css.ts'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..')
export const outDir = join(repo, 'test-results', 'themes')
export const themeNames = ['default', 'gaia', 'uncover'] as const
export type ThemeName = (typeof themeNames)[number]

/** The sample deck, with a `theme` directive for `theme`. */
export function sampleDeck(theme: ThemeName): string {
  const deck = readFileSync(join(here, 'sample-deck.md'), 'utf8')
  return deck.replace(/^---\n/, `---\ntheme: ${theme}\n`)
}

/** Our theme's raw CSS. */
export function ourThemeCss(theme: ThemeName): string {
  return readFileSync(join(repo, 'src', 'themes', `${theme}.css`), 'utf8')
}

/** Page chrome shared by both pages: slides stacked, drawn at their own size. */
const pageCss = `
body { margin: 0; padding: 16px; background: #777; }
div.marpit > svg { display: block; width: 1280px; height: 720px; margin: 0 0 16px; }
`

export interface ThemePages {
  /** marp-core's HTML and CSS. */
  reference: string
  /** The same HTML, with our theme scoped to `div.marpit` instead of Marp's CSS. */
  ours: string
  /** Number of slides. */
  slides: number
}

/** Both pages for one theme. */
export function buildPages(theme: ThemeName): ThemePages {
  const marp = new Marp({ html: true, script: false })
  const { html, css } = marp.render(sampleDeck(theme))
  const container = 'div.marpit'
  const ours = scaffoldCss({ container, width: 1280, height: 720 }) + scopeCss(ourThemeCss(theme), { container })
  const page = (style: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${pageCss}</style><style>${style}</style></head><body>${html}</body></html>`
  return { reference: page(css), ours: page(ours), slides: html.split('<svg data-marpit-svg').length - 1 }
}

/** Launch the system Chromium, as the e2e config does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/** Write both pages, a PNG per slide of each, and side-by-side PNGs (Marp left, ours right). */
async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  copyFileSync(join(here, 'placeholder.svg'), join(outDir, 'placeholder.svg'))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1312, height: 900 } })
    for (const theme of themeNames) {
      const pages = buildPages(theme)
      for (const kind of ['reference', 'ours'] as const) {
        const file = join(outDir, `${theme}-${kind}.html`)
        writeFileSync(file, pages[kind])
        await page.goto(pathToFileURL(file).href)
        await page.evaluate('document.fonts.ready')
        const slides = page.locator('div.marpit > svg')
        for (let i = 0; i < pages.slides; i++) {
          await slides
            .nth(i)
            .screenshot({ path: join(outDir, `${theme}-${kind}-${String(i + 1).padStart(2, '0')}.png`) })
        }
      }
      await writeSideBySide(page, theme, pages.slides)
    }
  } finally {
    await browser.close()
  }
}

/** One PNG per three slides: each row is Marp's slide, then ours, at half size. */
async function writeSideBySide(page: import('@playwright/test').Page, theme: ThemeName, slides: number): Promise<void> {
  const perSheet = 3
  for (let start = 1; start <= slides; start += perSheet) {
    const rows: string[] = []
    for (let i = start; i < Math.min(start + perSheet, slides + 1); i++) {
      const n = String(i).padStart(2, '0')
      rows.push(`<div class="row"><img src="${theme}-reference-${n}.png"><img src="${theme}-ours-${n}.png"></div>`)
    }
    const file = join(outDir, `${theme}-compare.html`)
    writeFileSync(
      file,
      `<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#444}.row{display:flex;gap:8px;padding:4px}img{width:640px;height:360px}</style>${rows.join('')}`,
    )
    await page.goto(pathToFileURL(file).href)
    await page.screenshot({
      path: join(outDir, `${theme}-compare-${String(start).padStart(2, '0')}.png`),
      fullPage: true,
    })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
