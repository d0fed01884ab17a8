/**
 * The `?deck=URL` loader: fetch Markdown from a relative or absolute http(s)
 * URL and parse it; the deck's relative images resolve against its URL.
 * Like a dropped file, the response is read with limits — at most the engine's
 * 8 MB, read as it streams in and given up at once past it, within a time
 * limit — and what is not a Markdown deck (a web page, an image, nothing,
 * binary data) is named.
 *
 * With `&prepared=URL` the deck comes already parsed and prepared (the PDF
 * exporter's page), and the page loads no engine. Prepared trees are rendered
 * as they are, not sanitised again, so they are taken only when signed by the
 * exporter: it gives the page a key through the browser's debugging protocol
 * (no URL, no page can learn it) and signs the prepared deck with it.
 */
import type { Deck } from '../deck/index.ts'
import type { AssetResolver, PreparedWhole } from '../render/index.ts'
import { urlResolver } from './asset-resolver.ts'
import { parseInWorker } from './open-bundle.ts'
import { LoadProblem } from './problems.ts'
import { formatSize, maxDeckBytes, nonDeckKind, looksBinary } from './validate.ts'
import type { DeckLoadError, DeckSource } from './types.ts'
import { signatureHeader, verifySignature } from './signature.ts'

/** A deck read from a URL, with its source. */
export interface LoadedDeck {
  /** The deck, or only its first slides when the rest is still being parsed (`whole`). */
  deck: Deck
  /** The whole deck, when `deck` is only its first slides. */
  whole?: Promise<Deck>
  source: DeckSource
  /** Resolves the deck's relative URLs against its own URL. */
  assets: AssetResolver
  /** The deck as prepared ahead, when it came prepared (for the renderer to adopt). */
  prepared?: PreparedWhole
}

/** A failed load, with a reason the UI can word. */
export class DeckLoadFailure extends Error {
  readonly failure: DeckLoadError
  constructor(failure: DeckLoadError) {
    super(`Could not open the deck at ${failure.url} (${failure.code}: ${failure.detail})`)
    this.name = 'DeckLoadFailure'
    this.failure = failure
  }
}

/** Options for {@link loadDeckFromUrl}. */
export interface LoadDeckFromUrlOptions {
  /** The page's URL, against which relative URLs resolve. */
  base: string
  /** Aborts the fetch (then the promise rejects with the abort error). */
  signal?: AbortSignal
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch
  /** How long the deck may take to arrive, in ms (default 8,000). */
  timeoutMs?: number
  /**
   * URL of the deck already parsed and prepared (`preparedDeckJson` in
   * src/render/preparer.ts), used instead of the Markdown; taken only when
   * its `x-lectern-signature` header is the HMAC-SHA256 of the body with
   * `exportKey`.
   */
  prepared?: string | null
  /** The PDF exporter's key (base64), given to its page only; absent elsewhere. */
  exportKey?: string | null
  /** Give the first `first` slides as soon as they are parsed, and the rest after (`whole`). */
  first?: number
  /** Parses the text (default: in a worker, under a time budget). */
  parse?: typeof parseInWorker
}

/** A deck as `preparedDeckJson` writes it. */
interface PreparedDeckData {
  deck: Deck
  prepared: PreparedWhole
}

/**
 * Read a response body up to `limit` bytes, as it streams in.
 *
 * @returns
 *   The bytes, or null as soon as there are more than `limit` (the rest is not read).
 */
async function readLimited(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array(await response.arrayBuffer())
  const parts: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    parts.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.byteLength
  }
  return bytes
}

/**
 * Fetch and parse a deck.
 *
 * @param url
 *   The deck's URL as the user gave it (`/decks/a.md`, `https://…/a.md`).
 * @param options
 *   Base URL, abort signal, fetch, time limit, a prepared deck.
 * @returns
 *   The deck and its source.
 * @throws {DeckLoadFailure}
 *   When the URL is not http(s); the fetch fails or takes too long; the
 *   server answers with an error, a web page (dev servers answer unknown
 *   paths with the app), an image or another kind of file, nothing, binary
 *   data or more than 8 MB; a prepared deck is not signed; or the text is
 *   not a deck the engine takes.
 */
export async function loadDeckFromUrl(url: string, options: LoadDeckFromUrlOptions): Promise<LoadedDeck> {
  const fail = (code: DeckLoadError['code'], detail: string) => new DeckLoadFailure({ url, code, detail })
  let resolved: URL
  try {
    resolved = new URL(url, options.base)
  } catch {
    throw fail('bad-url', url)
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') throw fail('bad-url', resolved.protocol)
  const prepared = options.prepared ? new URL(options.prepared, options.base) : null
  if (prepared && !options.exportKey) throw fail('unsigned', prepared.href)

  const timeoutMs = options.timeoutMs ?? 8_000
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const limit = prepared ? 8 * maxDeckBytes : maxDeckBytes
  let response: Response
  let bytes: Uint8Array<ArrayBuffer> | null
  try {
    response = await (options.fetch ?? fetch)(prepared ?? resolved, {
      signal,
      headers: { accept: prepared ? 'application/json' : 'text/markdown, text/plain;q=0.9, */*;q=0.1' },
    })
    if (!response.ok) throw fail('http', `${response.status} ${response.statusText}`.trim())
    const length = Number(response.headers.get('content-length'))
    if (length > limit) throw fail('too-large', `${formatSize(length)}/${formatSize(limit)}`)
    bytes = await readLimited(response, limit)
  } catch (error) {
    if (error instanceof DeckLoadFailure) throw error
    if (options.signal?.aborted) throw error
    if (timeout.aborted) throw fail('timeout', `${timeoutMs / 1000} s`)
    throw fail('network', error instanceof Error ? error.message : String(error))
  }
  if (bytes === null) throw fail('too-large', `> ${formatSize(limit)}/${formatSize(limit)}`)
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const name = decodeURIComponent(resolved.pathname.split('/').pop() || resolved.host)
  const source: DeckSource = { kind: 'url', name, url: resolved.href }

  if (prepared) {
    const signature = response.headers.get(signatureHeader)
    if (!signature || !(await verifySignature(bytes, signature, options.exportKey!)))
      throw fail('unsigned', prepared.href)
    let data: PreparedDeckData
    try {
      data = JSON.parse(new TextDecoder().decode(bytes)) as PreparedDeckData
    } catch (error) {
      throw fail('not-text', error instanceof Error ? error.message : String(error))
    }
    return { deck: data.deck, source, assets: urlResolver(resolved.href), prepared: data.prepared }
  }

  const kind = nonDeckKind(name, type)
  if (kind) throw fail('not-markdown', kind)
  if (bytes.length === 0) throw fail('empty', '')
  if (looksBinary(bytes)) throw fail('not-text', '')
  const text = new TextDecoder().decode(bytes)
  if (type === 'text/html' || /^\s*<!doctype html/i.test(text)) throw fail('html', type || 'text/html')
  if (text.trim() === '') throw fail('empty', '')
  // The engine runs in a worker, under a time budget (worker-parser.ts).
  const parsing = (options.parse ?? parseInWorker)(text, options.first)
  const named = (error: unknown) => (error instanceof LoadProblem ? fail(error.code, error.detail) : error)
  const deck = await parsing.first.catch((error: unknown) => {
    throw named(error)
  })
  const loaded: LoadedDeck = { deck, source, assets: urlResolver(resolved.href) }
  if (!deck.complete)
    loaded.whole = parsing.whole.catch((error: unknown) => {
      throw named(error)
    })
  return loaded
}
