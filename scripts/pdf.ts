/**
 * `npm run pdf -- deck.md [-o out.pdf] [--notes] [--steps] [--theme NAME]`: the deck as
 * a PDF, one slide a page at the slide's size, printed by Lectern's print view
 * in headless Chromium, with bookmarks from the headings and the deck's
 * title, author, description and keywords as PDF metadata.
 *
 * Runs compiled (scripts/pdf.mjs builds it and the app). The deck is parsed
 * and prepared here in Node while Chromium starts, and the page gets it
 * ready to render, so the page loads no engine. Chromium: `CHROME_PATH`,
 * else /usr/bin/chromium, driven directly over the DevTools protocol
 * (scripts/cdp-pipe.ts); the metadata is appended to Chromium's PDF
 * (scripts/pdf-metadata.ts).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ChromiumExited, launchChromium, type CdpPage } from './cdp-pipe.ts'
import { preparedUrl, serveDeck } from './pdf-serve.ts'
import { withMetadata } from './pdf-metadata.ts'

/** The project folder: the nearest one above this file with a package.json (this file runs from .cache/pdf/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('Unexpected location of the PDF exporter, expected it inside the Lectern folder')
    dir = up
  }
  return dir
}

const dist = join(projectRoot(), 'dist')

/** Options of {@link exportPdf}. */
export interface PdfOptions {
  deck: string
  output?: string
  /** Slide and notes on each page. */
  notes?: boolean
  /** A page for each fragment step (labelled 3.0, 3.1 …), one bookmark a slide. */
  steps?: boolean
  /** Theme to use instead of the deck's. */
  theme?: string
  /** Rewrite the file with object streams: about a third smaller, a little slower. */
  compact?: boolean
  /** Log progress to stderr. */
  verbose?: boolean
}

const usage = 'usage: npm run pdf -- deck.md [-o out.pdf] [--notes] [--steps] [--theme NAME] [--compact]'

function parseArgs(args: string[]): PdfOptions {
  const options: Partial<PdfOptions> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '-o' || arg === '--output') options.output = args[++i]
    else if (arg === '--notes') options.notes = true
    else if (arg === '--steps') options.steps = true
    else if (arg === '--compact') options.compact = true
    else if (arg === '--theme') options.theme = args[++i]
    else if (arg === '-h' || arg === '--help') {
      console.log(usage)
      process.exit(0)
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${usage}`)
    else if (options.deck) throw new Error(`one deck at a time\n${usage}`)
    else options.deck = arg
  }
  if (!options.deck) throw new Error(usage)
  return options as PdfOptions
}

/**
 * Runs in the preparer's worker: the compiled preparer (CommonJS, beside
 * this file) as a classic script with V8's code cache kept beside it, so
 * from the second export on none of its ~1.6 MB is compiled again (~0.05 s
 * of the deck's preparing). A cache that does not fit (another Node) is
 * written again; one that cannot be written is not kept.
 */
const codeCachedPreparer = `
const { readFileSync, renameSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname } = require('node:path')
const { Script } = require('node:vm')
const file = FILE
const cache = file + '.v8-cache'
let cachedData
try { cachedData = readFileSync(cache) } catch {}
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})'
const script = new Script(wrapped, { filename: file, cachedData })
const module = { exports: {} }
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
if (!cachedData || script.cachedDataRejected) {
  const written = cache + '.' + process.pid
  try {
    writeFileSync(written, script.createCachedData())
    renameSync(written, cache)
  } catch {}
}`

/**
 * The deck's text parsed and prepared as the page renders it, by
 * scripts/pdf-worker.ts (compiled beside this file) in a worker thread: this
 * thread keeps serving the page meanwhile.
 */
function prepareDeck(text: string): Promise<string> {
  const preparer = fileURLToPath(new URL('./pdf-worker.cjs', import.meta.url))
  return new Promise((resolve, reject) => {
    // A larger young generation: preparing allocates many short-lived objects (~0.1 s less collecting on the demo deck).
    const worker = new Worker(codeCachedPreparer.replace('FILE', JSON.stringify(preparer)), {
      eval: true,
      workerData: text,
      resourceLimits: { maxYoungGenerationSizeMb: 32 },
    })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`The deck preparer stopped (exit code ${code})`)))
  })
}

/** What the page reports once every page is laid out, fonts are ready and images have loaded or failed. */
interface PrintedDeck {
  pages: number
  /** Each page's label: the slide number, or `N.k` when printing every step. */
  labels: string[]
  /** Images still loading when the pages were laid out. */
  images: number
  /** Milliseconds since the page's navigation began, at each step. */
  times: Record<'mounted' | 'fonts' | 'images' | 'painted', number>
  meta: {
    title: string | null
    author: string | null
    description: string | null
    keywords: string[]
    lang: string | null
  }
}

/**
 * Runs in the page: wait for the print view to have all its pages, then for
 * fonts and for images (each at most `imageTimeoutMs`; an image that failed
 * costs nothing more), then two frames so lazy parts (math, code) have painted.
 */
const awaitPrintable = `(async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
  const tick = () => new Promise((done) => setTimeout(done, 16))
  const started = Date.now()
  let root = null
  for (;;) {
    // A deck the page could not open is named in an alert, with another deck shown: print nothing then.
    const alert = document.querySelector('[role="alert"]')
    if (alert) throw new Error('The page could not open the deck: ' + alert.textContent)
    root = document.querySelector('[data-lectern-print]')
    if (root && root.querySelector('[data-ready]') &&
        root.querySelectorAll('[data-lectern-print-page]').length === Number(root.dataset.pages)) break
    if (Date.now() - started > 60000) throw new Error('The print view did not appear within 60 s')
    await tick()
  }
  const mounted = performance.now()
  await document.fonts.ready
  const fonts = performance.now()
  const images = [...root.querySelectorAll('img')].filter((img) => !img.complete)
  await Promise.race([
    Promise.all(images.map((img) => new Promise((done) => {
      img.addEventListener('load', done, { once: true })
      img.addEventListener('error', done, { once: true })
    }))),
    new Promise((done) => setTimeout(done, IMAGE_TIMEOUT)),
  ])
  const settled = performance.now()
  await frame()
  await frame()
  const times = { mounted, fonts, images: settled, painted: performance.now() }
  const labels = [...root.querySelectorAll('[data-lectern-print-page]')].map((page) => page.dataset.pageLabel)
  return JSON.stringify({ pages: labels.length, labels, meta: JSON.parse(root.dataset.meta || '{}'), images: images.length, times })
})()`

/** Export a deck to PDF; returns the output path and page count. */
export async function exportPdf(options: PdfOptions): Promise<{ output: string; pages: number }> {
  const started = performance.now()
  const log = options.verbose
    ? (text: string) => console.error(`${((performance.now() - started) / 1000).toFixed(2)} s  ${text}`)
    : () => {}
  const deckPath = resolve(options.deck)
  const output = resolve(options.output ?? join(dirname(deckPath), `${basename(deckPath, extname(deckPath))}.pdf`))
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('The app is not built: run npm run pdf (it builds it) or npm run build')
  let text = readFileSync(deckPath, 'utf8')
  // A global directive in a comment: the last one wins, so this overrides the deck's theme.
  if (options.theme) text += `\n\n<!-- theme: ${options.theme} -->\n`
  // The deck is prepared while Chromium starts and loads the page.
  const prepared = prepareDeck(text)
  prepared.catch(() => {})
  const key = randomBytes(32)
  const server = await serveDeck(dist, deckPath, prepared, key)
  try {
    const params = new URLSearchParams({ deck: `/__deck/${basename(deckPath)}`, prepared: preparedUrl, print: '1' })
    if (options.notes) params.set('handout', 'slides-notes')
    if (options.steps) params.set('steps', '1')
    const job: PrintJob = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/?${params}`,
      prepared,
      key,
      log,
    }
    const { pdf, printed } = await printPage(job, true).catch((error: unknown) => {
      if (!(error instanceof ChromiumExited)) throw error
      log('Chromium stopped in its single-process mode; printing again in its usual mode')
      return printPage(job, false)
    })
    const { meta } = printed
    let file: Uint8Array = withMetadata(pdf, {
      title: meta.title ?? basename(deckPath, extname(deckPath)),
      author: meta.author,
      subject: meta.description,
      keywords: meta.keywords,
      lang: meta.lang,
      ...(options.steps ? { pageLabels: printed.labels } : {}),
    })
    log('metadata set')
    if (options.compact) {
      const { PDFDocument, ParseSpeeds } = await import('pdf-lib')
      const document_ = await PDFDocument.load(file, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
      file = await document_.save({ objectsPerTick: Infinity })
      log(`compacted (${(file.length / 1e6).toFixed(1)} MB)`)
    }
    writeFileSync(output, file)
    return { output, pages: printed.pages }
  } finally {
    server.close()
    server.closeAllConnections()
  }
}

/** What {@link printPage} prints: the print view's URL, the deck being prepared for it, and a logger. */
interface PrintJob {
  url: string
  prepared: Promise<string>
  /** The key the prepared deck is signed with, given to the page before it starts. */
  key: Buffer
  log: (text: string) => void
}

/** Open the print view in a new headless Chromium, wait until it is printable, and print it. */
async function printPage(
  { url, prepared, key, log }: PrintJob,
  singleProcess: boolean,
): Promise<{ pdf: Buffer; printed: PrintedDeck }> {
  const browser = launchChromium(process.env.CHROME_PATH ?? '/usr/bin/chromium', { singleProcess })
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.onEvent((method, params) => {
      if (method === 'Runtime.exceptionThrown')
        errors.push(String((params.exceptionDetails as { text?: string } | undefined)?.text))
    })
    await Promise.all([
      page.send('Runtime.enable'),
      page.send('Page.enable'),
      page.send('Emulation.setEmulatedMedia', { media: 'print' }),
    ])
    log('browser started')
    // The key reaches this page only through the debugging protocol: no URL, no other page has it.
    await page.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `window.__lecternExportKey = ${JSON.stringify(key.toString('base64'))}`,
    })
    await page.send('Page.navigate', { url })
    // A deck the engine refuses (binary, too large) fails here, not after the page's wait.
    await prepared
    log('deck prepared')
    const printed = await evaluateInNewDocument<PrintedDeck>(
      page,
      awaitPrintable.replace('IMAGE_TIMEOUT', String(imageTimeoutMs)),
    )
    if (errors.length) log(`page errors: ${errors.join('; ')}`)
    const steps = Object.entries(printed.times).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`)
    log(`page ready (${steps.join(', ')} after navigating; ${printed.images} images waited for)`)
    log(`printing ${printed.pages} pages…`)
    const { data } = await page.send<{ data: string }>('Page.printToPDF', {
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
    })
    const pdf = Buffer.from(data, 'base64')
    log(`PDF made (${(pdf.length / 1e6).toFixed(1)} MB)`)
    return { pdf, printed }
  } finally {
    await browser.close()
  }
}

/** How long one image may take to load before the PDF is printed without it. */
const imageTimeoutMs = 15_000

/**
 * Evaluate an expression that returns JSON in the page just navigated to;
 * tried again when the old document's context is torn down under it.
 */
async function evaluateInNewDocument<T>(page: CdpPage, expression: string): Promise<T> {
  type Evaluated = {
    result: { value?: string }
    exceptionDetails?: { exception?: { description?: string }; text?: string }
  }
  for (let attempt = 0; ; attempt++) {
    const result: Evaluated = await page
      .send<Evaluated>('Runtime.evaluate', {
        expression: `location.href === 'about:blank' ? null : ${expression}`,
        awaitPromise: true,
        returnByValue: true,
      })
      .catch((error: Error): Evaluated => ({ result: {}, exceptionDetails: { text: error.message } }))
    const value = result.result.value
    if (typeof value === 'string') return JSON.parse(value) as T
    const failure = result.exceptionDetails?.exception?.description ?? result.exceptionDetails?.text
    if (attempt >= 200 || (failure && !/context|destroyed|navigat/i.test(failure)))
      throw new Error(failure ?? 'The page did not become printable')
    await new Promise((done) => setTimeout(done, 25))
  }
}

/** The command: export the deck the arguments name, and say where the PDF went. */
export async function main(args: string[]): Promise<void> {
  try {
    const options = parseArgs(args)
    const started = performance.now()
    const { output, pages } = await exportPdf({ ...options, verbose: true })
    console.log(`${output}: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
}
