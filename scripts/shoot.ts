/**
 * Screenshots of a deck's slides at their own size, to look at while working
 * on themes: `tsx scripts/shoot.ts deck.md out/ [--url URL] [--slides 1,4-9]
 * [--theme NAME] [--compare REF_DIR]`.
 *
 * Needs a running dev server (`--url`, default http://127.0.0.1:5173/). With
 * `--compare`, also writes `NN-vs.png`: ours on the left, `REF_DIR/page-NN.png`
 * on the right, both 640×360.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? undefined : args.splice(at, 2)[1]
}
const base = option('url') ?? 'http://127.0.0.1:5173/'
const wanted = option('slides')
const theme = option('theme')
const compare = option('compare')
const [deckPath, outDir] = args
if (!deckPath || !outDir) {
  console.error(
    'usage: tsx scripts/shoot.ts deck.md out-dir [--url URL] [--slides 1,4-9] [--theme NAME] [--compare REF_DIR]',
  )
  process.exit(2)
}

/** `1,4-6` → {1,4,5,6}; undefined → every slide. */
function slideSet(text: string | undefined): Set<number> | undefined {
  if (!text) return undefined
  const set = new Set<number>()
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map(Number)
    for (let n = from!; n <= to!; n++) set.add(n)
  }
  return set
}

// A global directive at the end wins over the deck's own `theme`.
const markdown = readFileSync(deckPath, 'utf8') + (theme ? `\n\n<!-- theme: ${theme} -->\n` : '')
const only = slideSet(wanted)
mkdirSync(outDir, { recursive: true })
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
// Remote images cannot load here; fail them at once instead of waiting.
await page.route(
  (url) => !url.href.startsWith(base),
  (route) => route.abort(),
)
await page.route(
  (url) => url.pathname === '/shoot/deck.md',
  (route) => route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: markdown }),
)
const query = new URLSearchParams({ deck: '/shoot/deck.md', print: '1' })
await page.goto(`${base}?${query}`)
await page.emulateMedia({ media: 'print' })
const pages = page.locator('[data-lectern-print-page]')
await pages.first().waitFor()
await page.evaluate(() => document.fonts.ready)
const count = await pages.count()
for (let i = 0; i < count; i++) {
  const n = i + 1
  if (only && !only.has(n)) continue
  const name = String(n).padStart(2, '0')
  const file = join(outDir, `${name}.png`)
  await pages.nth(i).locator('[data-lectern-slide]').first().screenshot({ path: file })
  const reference = compare && join(compare, `page-${name}.png`)
  if (reference && existsSync(reference)) {
    await sideBySide(file, reference, join(outDir, `${name}-vs.png`))
  }
}

/** Two PNGs next to each other at 640×360 each, drawn by the browser. */
async function sideBySide(left: string, right: string, out: string) {
  const src = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`
  const sheet = await browser.newPage({ viewport: { width: 1290, height: 360 } })
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:10px;background:#f0f"><img src="${src(left)}" width=640 height=360><img src="${src(right)}" width=640 height=360></body>`,
  )
  await sheet.screenshot({ path: out })
  await sheet.close()
}

console.log(`${count} slides, screenshots in ${outDir}`)
await browser.close()
