/**
 * `npm run pdf -- deck.md [-o out.pdf] [--notes] [--theme NAME]`: the deck as
 * a PDF, one slide a page at the slide's size, printed by Lectern's print view
 * in headless Chromium, with bookmarks from the headings and the deck's
 * title, author, description and keywords as PDF metadata.
 *
 * Builds the app first when `dist/` is missing or older than the sources.
 * Chromium: `CHROME_PATH`, else /usr/bin/chromium, driven directly over the
 * DevTools protocol (scripts/cdp-pipe.ts); the metadata is appended to
 * Chromium's PDF (scripts/pdf-metadata.ts). Both keep an export quick.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium, type CdpPage } from './cdp-pipe.ts'
import { withMetadata } from './pdf-metadata.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

/** Options of {@link exportPdf}. */
export interface PdfOptions {
  deck: string
  output?: string
  /** Slide and notes on each page. */
  notes?: boolean
  /** Theme to use instead of the deck's. */
  theme?: string
  /** Use `dist/` as it is, without checking it against the sources. */
  noBuild?: boolean
  /** Rewrite the file with object streams: about a third smaller, a little slower. */
  compact?: boolean
  /** Log progress to stderr. */
  verbose?: boolean
}

const usage = 'usage: npm run pdf -- deck.md [-o out.pdf] [--notes] [--theme NAME] [--no-build] [--compact]'

function parseArgs(args: string[]): PdfOptions {
  const options: Partial<PdfOptions> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '-o' || arg === '--output') options.output = args[++i]
    else if (arg === '--notes') options.notes = true
    else if (arg === '--no-build') options.noBuild = true
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

/** Newest modification time under a path (files only). */
function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let time = 0
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)))
  return time
}

/** Build `dist/` unless it is newer than the sources. */
export function ensureBuilt(log: (text: string) => void = () => {}): void {
  const index = join(dist, 'index.html')
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'public')),
    newest(join(root, 'index.html')),
    newest(join(root, 'vite.config.ts')),
    newest(join(root, 'decks')),
  )
  // A dist/ from before the service worker existed is stale too.
  if (existsSync(index) && existsSync(join(dist, 'sw.js')) && statSync(index).mtimeMs >= sources) return
  log('building the app (dist/ is missing or older than src/)…')
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error('vite build failed')
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/** A file under `base` for a URL path, or null (no escaping the folder). */
function fileUnder(base: string, urlPath: string): string | null {
  const path = resolve(base, '.' + decodeURIComponent(urlPath))
  if (path !== base && !path.startsWith(base + sep)) return null
  return existsSync(path) && statSync(path).isFile() ? path : null
}

/**
 * The built page with the deck pipeline (engine, HTML parser, sanitiser) and
 * its chunks preloaded: the app would ask for them only after the deck's text
 * arrived, one round of imports after another.
 */
function pageWithPreloads(): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const assets = join(dist, 'assets')
  const entry = readdirSync(assets).find((name) => /^preparer-[\w-]+\.js$/.test(name))
  if (!entry) return html
  const chunks = new Set<string>()
  const visit = (name: string) => {
    if (chunks.has(name) || !existsSync(join(assets, name))) return
    chunks.add(name)
    for (const [, next] of readFileSync(join(assets, name), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)) visit(next!)
  }
  visit(entry)
  const links = [...chunks].map((name) => `<link rel="modulepreload" crossorigin href="./assets/${name}">`).join('')
  return html.replace('</head>', `${links}</head>`)
}

/** Serve `dist/` at `/`, the deck's folder at `/__deck/`, and the deck text (with a theme override) at its name. */
function serve(deckPath: string, deckText: string): Promise<Server> {
  const deckDir = dirname(deckPath)
  const deckUrl = `/__deck/${encodeURIComponent(basename(deckPath))}`
  const page = pageWithPreloads()
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let body: Buffer | string | null = null
    let file: string | null = null
    // No service worker: it would precache the whole app while the PDF is made.
    if (url.pathname === '/sw.js' || url.pathname === '/registerSW.js') body = null
    else if (url.pathname === '/' || url.pathname === '/index.html') {
      body = page
      file = 'index.html'
    } else if (url.pathname === deckUrl) body = deckText
    else if (url.pathname.startsWith('/__deck/')) file = fileUnder(deckDir, url.pathname.slice('/__deck'.length))
    else file = fileUnder(dist, url.pathname)
    if (file && body === null) body = readFileSync(file)
    if (body === null) {
      response.writeHead(404).end()
      return
    }
    const type = types[extname(file ?? deckPath).toLowerCase()] ?? 'application/octet-stream'
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

/** What the page reports once every page is laid out, fonts are ready and images have loaded or failed. */
interface PrintedDeck {
  pages: number
  /** Images still loading when the pages were laid out. */
  images: number
  /** Milliseconds since the page's navigation began, at each step. */
  times: Record<'mounted' | 'fonts' | 'images' | 'painted', number>
  meta: { title: string | null; author: string | null; description: string | null; keywords: string[]; lang: string | null }
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
    root = document.querySelector('[data-lectern-print]')
    if (root && root.querySelector('[data-ready]') &&
        root.querySelectorAll('[data-lectern-print-page]').length === Number(root.dataset.slides)) break
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
  return JSON.stringify({ pages: Number(root.dataset.slides), meta: JSON.parse(root.dataset.meta || '{}'), images: images.length, times })
})()`

/** Export a deck to PDF; returns the output path and page count. */
export async function exportPdf(options: PdfOptions): Promise<{ output: string; pages: number }> {
  const started = performance.now()
  const log = options.verbose
    ? (text: string) => console.error(`${((performance.now() - started) / 1000).toFixed(2)} s  ${text}`)
    : () => {}
  const deckPath = resolve(options.deck)
  const output = resolve(options.output ?? join(dirname(deckPath), `${basename(deckPath, extname(deckPath))}.pdf`))
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  // Chromium starts first, while the deck is read and the app checked or built.
  const browser = launchChromium(executablePath)
  let server: Server | undefined
  try {
    const opening = browser.newPage()
    opening.catch(() => {})
    let text = readFileSync(deckPath, 'utf8')
    // A global directive in a comment: the last one wins, so this overrides the deck's theme.
    if (options.theme) text += `\n\n<!-- theme: ${options.theme} -->\n`
    if (!options.noBuild || !existsSync(join(dist, 'index.html'))) ensureBuilt(log)
    server = await serve(deckPath, text)
    const { port } = server.address() as AddressInfo
    const page = await opening
    const errors: string[] = []
    page.onEvent((method, params) => {
      if (method === 'Runtime.exceptionThrown') errors.push(String((params.exceptionDetails as { text?: string } | undefined)?.text))
    })
    await Promise.all([page.send('Runtime.enable'), page.send('Emulation.setEmulatedMedia', { media: 'print' })])
    const params = new URLSearchParams({ deck: `/__deck/${basename(deckPath)}`, print: '1' })
    if (options.notes) params.set('handout', 'slides-notes')
    log('browser started')
    await page.send('Page.navigate', { url: `http://127.0.0.1:${port}/?${params}` })
    const printed = await evaluateInNewDocument<PrintedDeck>(page, awaitPrintable.replace('IMAGE_TIMEOUT', String(imageTimeoutMs)))
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
    const { meta } = printed
    let file: Uint8Array = withMetadata(pdf, {
      title: meta.title ?? basename(deckPath, extname(deckPath)),
      author: meta.author,
      subject: meta.description,
      keywords: meta.keywords,
      lang: meta.lang,
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
    server?.close()
    server?.closeAllConnections()
    await browser.close()
    log('browser closed')
  }
}

/** How long one image may take to load before the PDF is printed without it. */
const imageTimeoutMs = 15_000

/**
 * Evaluate an expression that returns JSON in the page just navigated to;
 * tried again when the old document's context is torn down under it.
 */
async function evaluateInNewDocument<T>(page: CdpPage, expression: string): Promise<T> {
  type Evaluated = { result: { value?: string }; exceptionDetails?: { exception?: { description?: string }; text?: string } }
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
    if (attempt >= 200 || (failure && !/context|destroyed|navigat/i.test(failure))) throw new Error(failure ?? 'The page did not become printable')
    await new Promise((done) => setTimeout(done, 25))
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2))
    const started = performance.now()
    const { output, pages } = await exportPdf({ ...options, verbose: true })
    console.log(`${output}: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
