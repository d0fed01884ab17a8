/**
 * Opening decks into the app's store: drops, picks, pastes, recent decks and
 * bundled decks. Each success shows the deck at slide 1 and names it in the
 * page URL (`?recent=ID`, `?bundled=NAME`) so a reload or the presenter
 * window opens the same deck; each failure leaves the open deck on screen
 * with a message saying why.
 */
import {
  basename,
  buildBundle,
  bundledDecks,
  bundledResolver,
  fileLoadError,
  LoadProblem,
  newRecentId,
  openBundleDeck,
  parseDeckText,
  ParseStopped,
  readRecentDeck,
  saveRecentDeck,
  type DeckBundle,
  type DroppedFiles,
  type StoredDeck,
  type WorkerParser,
} from '../load/index.ts'
import type { Deck } from '../deck/index.ts'
import type { Renderer } from '../render/index.ts'
import { reloadDeck } from './reload.ts'
import type { AppStore } from './store.ts'
import type { DeckSource, OpenedDeck } from './types.ts'

/** The URL parameters that name the open deck. */
const deckParams = ['deck', 'recent', 'bundled'] as const

/** The deck parameters of a URL's query, as one comparable string. */
export function deckQuery(search: string): string {
  const params = new URLSearchParams(search)
  return deckParams.map((name) => `${name}=${params.get(name) ?? ''}`).join('&')
}

/**
 * Name the open deck in the page URL, in a new history entry (no hash, so
 * the new deck starts at slide 1): Back returns to the deck before.
 *
 * @param param
 *   `recent` or `bundled` with its value, or null for the seed deck.
 */
export function setDeckParam(param: { name: 'recent' | 'bundled'; value: string } | null): void {
  const url = new URL(window.location.href)
  for (const name of deckParams) url.searchParams.delete(name)
  if (param) url.searchParams.set(param.name, param.value)
  url.hash = ''
  window.history.pushState(null, '', url.href)
}

/**
 * Back and Forward across decks: when the URL comes to name another deck
 * than the one on screen, load the page for it.
 *
 * @param store
 *   The app's store: each deck opened takes the URL's deck parameters as its own.
 * @returns
 *   A function that stops listening.
 */
export function bindDeckHistory(store: AppStore): () => void {
  let shown = deckQuery(window.location.search)
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.source !== previous.source) shown = deckQuery(window.location.search)
  })
  const follow = () => {
    if (deckQuery(window.location.search) !== shown) window.location.reload()
  }
  window.addEventListener('popstate', follow)
  return () => {
    unsubscribe()
    window.removeEventListener('popstate', follow)
  }
}

/**
 * How many slides to show before the rest of a deck is parsed: the first,
 * or up to the slide the URL names (`#5`, when the page keeps its URL), so
 * that slide is there when the deck first shows. Null: the whole deck first
 * (the hash names a heading, which may be anywhere).
 *
 * @param keepUrl
 *   Whether the page keeps its URL (and hash) for this deck.
 */
export function firstSlides(keepUrl: boolean): number | undefined {
  const hash = keepUrl ? window.location.hash : ''
  if (!hash) return 1
  const number = /^#(\d{1,6})$/.exec(hash)?.[1]
  return number ? Math.max(1, Number(number)) : undefined
}

/**
 * Swap in the whole deck once it is parsed, in place of its first slides,
 * on the same slide; nothing when another deck is on screen by then.
 *
 * @param shown
 *   The first slides, on screen.
 * @param whole
 *   The whole deck, being parsed.
 * @param failed
 *   Says why the rest could not be read (the first slides stay).
 */
export function followWholeDeck(
  store: AppStore,
  renderer: Renderer,
  shown: Deck,
  whole: Promise<Deck>,
  failed: (error: unknown) => void,
): void {
  whole.then(
    async (deck) => {
      await renderer.ready(deck)
      if (store.getState().deck === shown) reloadDeck(store, deck)
    },
    (error: unknown) => {
      // Stopped: a deck dropped after it is opening instead.
      if (store.getState().deck === shown && !(error instanceof ParseStopped)) failed(error)
    },
  )
}

/** Options of {@link openBundleInStore}. */
export interface OpenBundleOptions {
  /** The parser to use (the window's, started ahead); default: a new one for this deck. */
  parser?: WorkerParser | undefined
  /** Reopening this recent deck (keeps its id; nothing new is stored). */
  id?: string
  /** Name the deck in the URL (a new history entry, slide 1); default: when it is a new recent deck. */
  setUrl?: boolean
  handle?: FileSystemFileHandle
  /** The deck to show when this one fails and none is open (at start-up). */
  fallback?: OpenedDeck
}

/**
 * Open a bundle's deck in the store, remember it as a recent deck, and name it in the URL.
 *
 * @returns
 *   Whether it opened (else the store holds the reason, and the old deck stays).
 */
export async function openBundleInStore(
  store: AppStore,
  renderer: Renderer,
  bundle: DeckBundle,
  deckPath: string,
  options: OpenBundleOptions = {},
): Promise<boolean> {
  let opened
  const keepUrl = !(options.setUrl ?? !options.id)
  // A deck dropped after this one stops its parse once its own first slides are in: this one is not shown then.
  let stopped = false
  try {
    const first = firstSlides(keepUrl)
    opened = await openBundleDeck(bundle, deckPath, {
      parser: options.parser,
      ...(first === undefined ? {} : { first }),
    })
    opened.whole?.catch((error: unknown) => (stopped ||= error instanceof ParseStopped))
    await renderer.ready(opened.deck)
    if (stopped) throw new ParseStopped()
  } catch (error) {
    opened?.release()
    if (error instanceof ParseStopped) return false
    if (!(error instanceof LoadProblem)) throw error
    const fallback = store.getState().deck ? undefined : options.fallback
    store.getState().failLoading(fileLoadError(basename(deckPath), error), fallback)
    return false
  }
  const id = options.id ?? newRecentId()
  if (!keepUrl) setDeckParam({ name: 'recent', value: id })
  const source: DeckSource = {
    kind: 'file',
    name: opened.name,
    id,
    ...(opened.encoding === 'utf-8' ? {} : { encoding: opened.encoding }),
  }
  store.getState().openDeck(opened.deck, source, { assets: opened.assets, release: opened.release })
  if (opened.whole) {
    const name = opened.name
    followWholeDeck(store, renderer, opened.deck, opened.whole, (error) => {
      if (error instanceof LoadProblem) store.getState().failLoading(fileLoadError(name, error))
      else console.error('Lectern: the rest of the deck could not be read', error)
    })
  }
  const recent = { id, name: opened.name, title: opened.deck.meta.title, openedAt: Date.now() }
  const stored = options.id
    ? undefined
    : {
        bundleName: bundle.name,
        deckPath,
        files: [...bundle.files].map(([path, blob]) => ({ path, blob })),
        ...(options.handle ? { handle: options.handle } : {}),
      }
  // Stored once the deck's first slide is painted (a hidden page paints no frame: 100 ms at most), as writing a
  // deck's files to IndexedDB takes the page's thread a while.
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted))
    setTimeout(painted, 100)
  })
  // Storage can be full or off (private windows): the deck is open all the same.
  await saveRecentDeck(recent, stored).catch((error: unknown) =>
    console.warn('Lectern: could not store the recent deck', error),
  )
  return true
}

/**
 * Open what was dropped, picked or pasted.
 *
 * @param dropped
 *   The files.
 * @param choose
 *   Asks the user which deck to open when several arrived; null to cancel.
 * @param parser
 *   The parser to use (the window's, started ahead).
 */
export async function openDroppedInStore(
  store: AppStore,
  renderer: Renderer,
  dropped: DroppedFiles,
  choose: (decks: readonly string[]) => Promise<string | null>,
  parser?: WorkerParser,
): Promise<boolean> {
  const bundle = buildBundle(dropped.entries, dropped.name)
  let deckPath: string | null | undefined = bundle.decks[0]
  if (bundle.decks.length > 1) deckPath = await choose(bundle.decks)
  // One file that is not named like a deck: try it, so the message says what it is.
  else if (bundle.decks.length === 0 && bundle.files.size === 1) deckPath = [...bundle.files.keys()][0]
  else if (bundle.decks.length === 0) {
    store.getState().failLoading(fileLoadError(bundle.name, new LoadProblem('no-deck')))
    return false
  }
  if (!deckPath) return false
  return openBundleInStore(store, renderer, bundle, deckPath, {
    parser,
    ...(dropped.handle ? { handle: dropped.handle } : {}),
  })
}

/**
 * Reopen a recent deck (a reload, the presenter window, the start screen).
 *
 * @param keepUrl
 *   True when the page URL already names it (reload): its slide in the hash is kept.
 */
export async function openRecentInStore(
  store: AppStore,
  renderer: Renderer,
  id: string,
  fallback?: OpenedDeck,
  keepUrl = false,
): Promise<boolean> {
  const stored = await readRecentDeck(id).catch(() => undefined)
  if (!stored) {
    store.getState().failLoading({ url: `?recent=${id}`, code: 'storage', detail: '', origin: 'file' }, fallback)
    return false
  }
  const files = await freshDeckFile(stored)
  const bundle = buildBundle(files, stored.bundleName)
  return openBundleInStore(store, renderer, bundle, stored.deckPath, {
    id,
    setUrl: !keepUrl,
    ...(stored.handle ? { handle: stored.handle } : {}),
    ...(fallback ? { fallback } : {}),
  })
}

/**
 * A stored deck's files, with the deck file read again from its handle when
 * the browser still lets us (the file may have changed since); else as stored.
 */
async function freshDeckFile(stored: StoredDeck): Promise<StoredDeck['files']> {
  const handle = stored.handle as
    (FileSystemFileHandle & { queryPermission?: (options: { mode: 'read' }) => Promise<PermissionState> }) | undefined
  try {
    if (!handle?.queryPermission || (await handle.queryPermission({ mode: 'read' })) !== 'granted') return stored.files
    const file = await handle.getFile()
    return stored.files.map((entry) => (entry.path === stored.deckPath ? { path: entry.path, blob: file } : entry))
  } catch {
    // Moved, deleted or refused: the stored copy still opens.
    return stored.files
  }
}

/**
 * Open a bundled deck by file name; its relative images resolve to the copies
 * of `decks/` built with the app.
 *
 * @returns
 *   Whether a bundled deck of that name exists and opened.
 */
export async function openBundledInStore(
  store: AppStore,
  renderer: Renderer,
  name: string,
  keepUrl = false,
): Promise<boolean> {
  const bundled = bundledDecks.find((deck) => deck.name === name)
  if (!bundled) return false
  const deck = await parseDeckText(await bundled.load())
  await renderer.ready(deck)
  if (!keepUrl) setDeckParam({ name: 'bundled', value: name })
  store.getState().openDeck(deck, { kind: 'bundled', name }, { assets: bundledResolver(name) })
  return true
}
