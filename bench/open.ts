/**
 * Opening a dropped deck in headless Chromium, on the production build: from
 * the drop to the first slide painted, and to the whole deck in place, on a
 * first visit (the service worker is still installing: it fetches the offline
 * copy, and Chromium compiles each precached script for its code cache) and on
 * a return visit (the page served by the installed worker). Part of
 * `npm run bench` (after bench/present.ts has built `dist/`). Alone, on a
 * build already made: `npx tsx bench/open.ts [checkout] [port] [runs]` (default:
 * this checkout, port 4180, 5 runs), so another checkout's build can be measured the
 * same way.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { parseDeck } from '../src/deck/index.ts'
import { richSlides, thousandSlides } from './engine.ts'
import { startPreview } from './present.ts'

const ms = (value: number) => `${value.toFixed(0)} ms`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/**
 * Drop a deck on the page and time, from the drop, the first slide of the new
 * deck on screen and painted (the frame after it is in the DOM), and the slide
 * counter showing the whole deck.
 */
function timeDrop(page: Page, text: string, total: number) {
  // (No named functions in the page: the bundler's name helper does not exist there.)
  return page.evaluate(
    ({ text, total }) =>
      new Promise<{ first: number; whole: number }>((done) => {
        const selector = '[aria-roledescription="slide"][data-state="current"]'
        const before = document.querySelector(selector)?.getAttribute('aria-label')
        const times = { start: 0, first: NaN, whole: NaN }
        const observer = new MutationObserver(() => {
          const label = document.querySelector(selector)?.getAttribute('aria-label')
          if (!label || label === before) return
          if (Number.isNaN(times.first)) {
            times.first = -1
            requestAnimationFrame(() => setTimeout(() => (times.first = performance.now() - times.start)))
          }
          if (label.startsWith(`Slide 1 of ${total}`) && Number.isNaN(times.whole)) {
            times.whole = performance.now() - times.start
            observer.disconnect()
          }
        })
        observer.observe(document.body, { subtree: true, childList: true, attributes: true })
        const poll = setInterval(() => {
          if (times.first < 0 || Number.isNaN(times.first) || Number.isNaN(times.whole)) return
          clearInterval(poll)
          done({ first: times.first, whole: times.whole })
        }, 5)
        const data = new DataTransfer()
        data.items.add(new File([text], 'bench.md', { type: 'text/markdown' }))
        const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body
        times.start = performance.now()
        for (const type of ['dragenter', 'dragover', 'drop'])
          target.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, clientX: 9, clientY: 9 }),
          )
      }),
    { text, total },
  )
}

/**
 * The rows of the drop bench.
 *
 * @param at
 *   The checkout whose build to serve, and the port.
 */
export async function benchOpen(
  at = { root: resolve(import.meta.dirname, '..'), port: 4180 },
  runs = 5,
): Promise<[string, string][]> {
  const decks = [
    { label: 'dropped deck', text: thousandSlides() },
    { label: 'dropped deck with links and notes', text: richSlides(5_000) },
  ].map((deck) => ({ ...deck, total: parseDeck(deck.text).slides.length }))
  const server = await startPreview(at)
  const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const rows: [string, string][] = [['opening a dropped deck (production build, headless Chromium)', '']]
  const url = `http://127.0.0.1:${at.port}/`
  try {
    for (const visit of ['first', 'return'] as const) {
      for (const { label, text, total } of decks) {
        const first: number[] = []
        const whole: number[] = []
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
          const page = await context.newPage()
          if (visit === 'return') {
            // A visit before this one, which installed the service worker (its offline copy complete).
            await page.goto(url)
            await page.evaluate(() => navigator.serviceWorker.ready)
          }
          await page.goto(url)
          await page.getByRole('heading', { level: 1 }).first().waitFor()
          // A deck is dropped on a page that has been open a moment: loaded, then idle for 3 s (as it is while a
          // file is found and dragged to it), so what the page starts ahead of a drop has started.
          await page.waitForLoadState('networkidle')
          await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 3_000))))
          const times = await timeDrop(page, text, total)
          first.push(times.first)
          whole.push(times.whole)
          await context.close()
        }
        const size = `${(text.length / 1024 / 1024).toFixed(1)} MiB`
        rows.push([
          `  ${visit} visit, ${total}-slide ${label} (${size}): drop → first slide painted, median of ${runs}`,
          ms(median(first)),
        ])
        rows.push([
          `  ${visit} visit, ${total}-slide ${label}: drop → whole deck in place, median of ${runs}`,
          ms(median(whole)),
        ])
      }
    }
  } finally {
    await browser.close()
    server.kill()
  }
  return rows
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [root, port, runs] = process.argv.slice(2)
  const rows = await benchOpen(
    { root: resolve(root ?? resolve(import.meta.dirname, '..')), port: Number(port ?? 4180) },
    Number(runs ?? 5),
  )
  for (const [label, value] of rows) console.log(`${label.padEnd(84)}  ${value}`)
}
