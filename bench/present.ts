/**
 * Presenter speed in headless Chromium, on the production build served by
 * `vite preview`: initial JavaScript size, first paint of the seed deck, key
 * press → next slide on a 1,000-slide deck, and the JS heap with that deck
 * open and after every slide has been shown. Alone: `npx tsx bench/present.ts`
 * (builds this checkout), or `npx tsx bench/present.ts CHECKOUT [port]` to
 * measure another checkout's build as it is.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { parseDeck } from '../src/deck/index.ts'
import { thousandSlides } from './engine.ts'

const root = resolve(import.meta.dirname, '..')
const port = Number(process.env.BENCH_PORT ?? 4179)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN
}
const ms = (value: number) => `${value.toFixed(1)} ms`

/** Gzipped size of the JavaScript the page loads before anything else: the entry and its preloads. */
function initialJavaScript(dist: string): number {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8')
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '')
  return [...new Set(files)].reduce((sum, file) => sum + gzipSync(readFileSync(resolve(dist, file))).length, 0)
}

/**
 * Serve a build with `vite preview`.
 *
 * @param at
 *   The checkout whose `dist/` to serve, and the port (default: this one, on 4179).
 */
export async function startPreview(at: { root: string; port: number } = { root, port }) {
  // Vite's own script, not `npx`: killing an npx wrapper would leave the server running.
  const vite = resolve(root, 'node_modules/vite/bin/vite.js')
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(at.port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: at.root,
      stdio: 'ignore',
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${at.port}`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  server.kill()
  throw new Error('vite preview did not start')
}

/**
 * The presenter rows.
 *
 * @param at
 *   The checkout whose build to serve, and the port; default: this checkout, built first.
 */
export async function benchPresenter(at?: { root: string; port: number }): Promise<[string, string][]> {
  if (!at) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' })
  const checkout = at ?? { root, port }
  const dist = resolve(checkout.root, 'dist')
  const base = `http://127.0.0.1:${checkout.port}`
  const deck = thousandSlides()
  if (!at || !existsSync(resolve(dist, 'bench-1000.md'))) writeFileSync(resolve(dist, 'bench-1000.md'), deck)
  // The page shows the first slide before the rest is parsed (`1 / 1`): wait for the whole count.
  const total = parseDeck(deck).slides.length
  const rows: [string, string][] = [['presenter (production build, headless Chromium)', '']]
  rows.push(['  initial JavaScript, gzipped', `${(initialJavaScript(dist) / 1024).toFixed(1)} KiB`])

  const server = await startPreview(checkout)
  const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    const paints: number[] = []
    for (let run = 0; run < 7; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(base)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((done) => {
              new PerformanceObserver((list) => done(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
                type: 'largest-contentful-paint',
                buffered: true,
              })
            }),
        ),
      )
      await page.close()
    }
    rows.push([
      '  seed deck, first slide painted (LCP after navigation start), median of 7',
      ms(percentile(paints, 0.5)),
    ])

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${base}/?deck=/bench-1000.md`)
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^1 / ${total}$`) })
      .waitFor({ state: 'attached', timeout: 30_000 })
    // The JS heap after a full garbage collection (Chromium's DevTools protocol), in MiB.
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024
    }
    const heapOpen = await heap()
    // From the key event to the new slide committed to the DOM (React flushes a key's update in a
    // microtask, queued before ours) and then styled and laid out, measured before the frame that
    // paints it; and the Event Timing API's duration (to the next paint, whole frames included).
    await page.evaluate(() => {
      const w = window as unknown as { __lectern: { render: number[]; paint: number[]; script: number[] } }
      w.__lectern = { render: [], paint: [], script: [] }
      let start = 0
      let before = ''
      // (No named functions here: the bundler's name helper does not exist in the page.)
      addEventListener(
        'keydown',
        () => ((start = performance.now()), (before = document.querySelector('[role="status"]')?.textContent ?? '')),
        { capture: true },
      )
      addEventListener('keydown', () =>
        queueMicrotask(() => {
          const committed = performance.now()
          // Only a measurement taken after the new slide is in the DOM counts.
          if ((document.querySelector('[role="status"]')?.textContent ?? '') === before) return
          document.body.getBoundingClientRect()
          w.__lectern.script.push(committed - start)
          w.__lectern.render.push(performance.now() - start)
        }),
      )
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__lectern.paint.push(entry.duration)
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
    })
    // At a brisk presenter's pace: a key every 100 ms (idle time between keys, as on stage).
    const presses = Math.min(200, total - 1)
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('ArrowRight')
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${i + 2} / `) })
        .waitFor({ state: 'attached' })
      await page.waitForTimeout(100)
    }
    const { render, paint, script } = await page.evaluate(
      () => (window as unknown as { __lectern: { render: number[]; paint: number[]; script: number[] } }).__lectern,
    )
    rows.push([
      `  ${total}-slide deck, key → new slide in the DOM (script), p50 / p95`,
      `${ms(percentile(script, 0.5))} / ${ms(percentile(script, 0.95))}`,
    ])
    rows.push([
      `  ${total}-slide deck, key → new slide styled and laid out, p50 / p95 (${render.length} of ${presses} keys)`,
      `${ms(percentile(render, 0.5))} / ${ms(percentile(render, 0.95))}`,
    ])
    rows.push([
      `  key presses whose next paint came ≥ 16 ms after the key (Event Timing)`,
      `${paint.length} of ${presses}`,
    ])
    // Every slide shown once (each one mounted, prepared and rendered), then the heap again.
    for (let n = presses + 2; n <= total; n++) {
      await page.keyboard.press('ArrowRight')
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${n} / `) })
        .waitFor({ state: 'attached' })
    }
    const heapVisited = await heap()
    rows.push([
      `  ${total}-slide deck, JS heap (after GC): open / after showing every slide`,
      `${heapOpen.toFixed(1)} MiB / ${heapVisited.toFixed(1)} MiB`,
    ])
  } finally {
    await browser.close()
    server.kill()
  }
  return rows
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [checkout, at] = process.argv.slice(2)
  const rows = await benchPresenter(checkout ? { root: resolve(checkout), port: Number(at ?? port) } : undefined)
  for (const [label, value] of rows) console.log(`${label.padEnd(96)}  ${value}`)
}
