/**
 * `npm run pdf -- deck.md [-o out.pdf] [--notes] [--theme NAME]`: the deck as
 * a PDF, one slide a page at the slide's size, printed by Lectern's print view
 * in headless Chromium, with bookmarks from the headings and the deck's
 * title, author, description and keywords as PDF metadata.
 *
 * Builds the app first when `dist/` is missing or older than the sources.
 * Chromium: `CHROME_PATH`, else /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { ParseSpeeds, PDFDocument } from 'pdf-lib'
import { parseDeck } from '../src/deck/index.ts'

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
  /** Log progress to stderr. */
  verbose?: boolean
}

const usage = 'usage: npm run pdf -- deck.md [-o out.pdf] [--notes] [--theme NAME] [--no-build]'

function parseArgs(args: string[]): PdfOptions {
  const options: Partial<PdfOptions> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '-o' || arg === '--output') options.output = args[++i]
    else if (arg === '--notes') options.notes = true
    else if (arg === '--no-build') options.noBuild = true
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
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'index.html')), newest(join(root, 'vite.config.ts')), newest(join(root, 'decks')))
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
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

/** Serve `dist/` at `/`, the deck's folder at `/__deck/`, and the deck text (with a theme override) at its name. */
function serve(deckPath: string, deckText: string): Promise<Server> {
  const deckDir = dirname(deckPath)
  const deckUrl = `/__deck/${encodeURIComponent(basename(deckPath))}`
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let body: Buffer | string | null = null
    let file: string | null = null
    if (url.pathname === deckUrl) body = deckText
    else if (url.pathname.startsWith('/__deck/')) file = fileUnder(deckDir, url.pathname.slice('/__deck'.length))
    else file = fileUnder(dist, url.pathname === '/' ? '/index.html' : url.pathname)
    if (file) body = readFileSync(file)
    if (body === null) {
      response.writeHead(404).end()
      return
    }
    const type = types[extname(file ?? deckPath).toLowerCase()] ?? 'application/octet-stream'
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

/** Export a deck to PDF; returns the output path and page count. */
export async function exportPdf(options: PdfOptions): Promise<{ output: string; pages: number }> {
  const started = performance.now()
  const log = options.verbose
    ? (text: string) => console.error(`${((performance.now() - started) / 1000).toFixed(2)} s  ${text}`)
    : () => {}
  const deckPath = resolve(options.deck)
  const output = resolve(options.output ?? join(dirname(deckPath), `${basename(deckPath, extname(deckPath))}.pdf`))
  const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  // Chromium starts while the deck is read and the app checked or built.
  const launching = chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  launching.catch(() => {})
  let server: Server | undefined
  try {
    let text = readFileSync(deckPath, 'utf8')
    // A global directive in a comment: the last one wins, so this overrides the deck's theme.
    if (options.theme) text += `\n\n<!-- theme: ${options.theme} -->\n`
    const deck = parseDeck(text)
    if (!options.noBuild || !existsSync(join(dist, 'index.html'))) ensureBuilt(log)
    server = await serve(deckPath, text)
    const { port } = server.address() as AddressInfo
    const browser = await launching
    const width = deck.slides[0]?.width ?? 1280
    const height = deck.slides[0]?.height ?? 720
    const page = await browser.newPage({ viewport: { width, height } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.emulateMedia({ media: 'print' })
    const params = new URLSearchParams({ deck: `/__deck/${basename(deckPath)}`, print: '1' })
    if (options.notes) params.set('handout', 'slides-notes')
    log('browser started')
    await page.goto(`http://127.0.0.1:${port}/?${params}`, { waitUntil: 'commit' })
    const expected = deck.slides.length
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-lectern-print] [data-ready] [data-lectern-print-page]').length === count,
      expected,
      { timeout: 60_000 },
    )
    await page.evaluate(async () => {
      await document.fonts.ready
      const images = [...document.querySelectorAll<HTMLImageElement>('[data-lectern-print] img')].filter((img) => !img.complete)
      await Promise.race([
        Promise.all(images.map((img) => new Promise((done) => { img.onload = img.onerror = done }))),
        new Promise((done) => setTimeout(done, 15_000)),
      ])
      // Two frames: lazy parts (math, highlighting) have rendered.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    })
    if (errors.length) log(`page errors: ${errors.join('; ')}`)
    log(`printing ${expected} pages…`)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
    log(`PDF made (${(pdf.length / 1e6).toFixed(1)} MB)`)
    const document_ = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })
    const fallbackTitle = basename(deckPath, extname(deckPath))
    document_.setTitle(deck.meta.title ?? fallbackTitle, { showInWindowTitleBar: true })
    if (deck.meta.author) document_.setAuthor(deck.meta.author)
    if (deck.meta.description) document_.setSubject(deck.meta.description)
    if (deck.meta.keywords.length) document_.setKeywords(deck.meta.keywords)
    document_.setCreator('Lectern')
    if (deck.meta.lang) document_.setLanguage(deck.meta.lang)
    // pdf-lib rewrites the file and keeps Chromium's catalog entries: the outline and the structure tree.
    writeFileSync(output, await document_.save({ objectsPerTick: Infinity }))
    log('metadata set')
    return { output, pages: document_.getPageCount() }
  } finally {
    await (await launching.catch(() => null))?.close()
    server?.close()
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
