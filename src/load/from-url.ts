/**
 * The `?deck=URL` loader: fetch Markdown from a relative or absolute http(s)
 * URL and parse it; the deck's relative images resolve against its URL.
 * With `&prepared=URL` (a local page's own origin only: the PDF exporter's server), the
 * deck comes already parsed and prepared, and the page loads no engine.
 */
import type { Deck } from '../deck/index.ts'
import { DeckError } from '../deck/limits.ts'
import type { AssetResolver, PreparedWhole } from '../render/index.ts'
import { urlResolver } from './asset-resolver.ts'
import type { DeckLoadError, DeckSource } from './types.ts'

/** A deck read from a URL, with its source. */
export interface LoadedDeck {
  deck: Deck
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
  /**
   * URL of the deck already parsed and prepared (`preparedDeckJson` in
   * src/render/preparer.ts), used instead of the Markdown. Only from the
   * page's own origin on this machine: prepared trees are not sanitised again.
   */
  prepared?: string | null
}

/**
 * Whether a prepared deck may be taken from this URL: only from the page's
 * own origin on this machine (the PDF exporter's server), as prepared trees
 * are rendered as they are, not sanitised again.
 */
function trustedForPrepared(prepared: URL, page: URL): boolean {
  return prepared.origin === page.origin && ['127.0.0.1', 'localhost', '[::1]'].includes(page.hostname)
}

/** A deck as `preparedDeckJson` writes it. */
interface PreparedDeckData {
  deck: Deck
  prepared: PreparedWhole
}

/**
 * Fetch and parse a deck.
 *
 * @param url
 *   The deck's URL as the user gave it (`/decks/a.md`, `https://…/a.md`).
 * @param options
 *   Base URL, abort signal, fetch.
 * @returns
 *   The deck and its source.
 * @throws {DeckLoadFailure}
 *   When the URL is not http(s), the fetch fails, the server answers with an
 *   error or a web page (dev servers answer unknown paths with the app), or the
 *   text is not a deck the engine takes.
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
  if (prepared && !trustedForPrepared(prepared, new URL(options.base))) throw fail('bad-url', prepared.href)

  let response: Response
  try {
    response = await (options.fetch ?? fetch)(prepared ?? resolved, {
      signal: options.signal ?? null,
      headers: { accept: prepared ? 'application/json' : 'text/markdown, text/plain;q=0.9, */*;q=0.1' },
    })
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw fail('network', error instanceof Error ? error.message : String(error))
  }
  if (!response.ok) throw fail('http', `${response.status} ${response.statusText}`.trim())
  const text = await response.text()
  if ((response.headers.get('content-type') ?? '').includes('text/html') || /^\s*<!doctype html/i.test(text))
    throw fail('html', response.headers.get('content-type') ?? 'text/html')

  const name = decodeURIComponent(resolved.pathname.split('/').pop() || resolved.host)
  const source: DeckSource = { kind: 'url', name, url: resolved.href }
  if (prepared) {
    let data: PreparedDeckData
    try {
      data = JSON.parse(text) as PreparedDeckData
    } catch (error) {
      throw fail('not-text', error instanceof Error ? error.message : String(error))
    }
    return { deck: data.deck, source, assets: urlResolver(resolved.href), prepared: data.prepared }
  }
  // The engine loads only now, not with the page.
  const { parseDeck } = await import('../deck/index.ts')
  try {
    return { deck: parseDeck(text), source, assets: urlResolver(resolved.href) }
  } catch (error) {
    if (error instanceof DeckError) throw fail(error.code, error.message)
    throw error
  }
}
