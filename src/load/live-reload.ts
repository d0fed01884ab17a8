/**
 * Live reload: while the open deck's file changes on disk, the view follows
 * within a second, on the same slide (src/present/store/reload.ts), and only
 * the slides that changed re-render (./reuse-slides.ts).
 *
 * - Under the dev server, decks served from the project (`decks/`, or any
 *   `?deck=/path.md`) are watched by scripts/vite-plugin-live-decks.ts,
 *   which sends `lectern:deck-changed`; the deck is fetched again.
 * - A deck opened from a file handle (File System Access API: picked with
 *   Open…, or dropped where the browser gives handles) is polled: the
 *   file's `lastModified` every half second.
 *
 * Every window reloads from its own source, so the presenter window follows
 * by itself and the windows agree on the deck again (same text, same hash).
 * A change that does not parse (a half-written file) is skipped; the deck
 * on screen stays.
 */
import { useEffect } from 'react'
import type { Deck } from '../deck/types.ts'
import type { DeckParser } from '../deck/parse-deck.ts'
import { reloadDeck, reloadPosition, type DeckSource, type PresenterStore } from '../present/store/index.ts'
import { slideHash } from '../present/url-hash.ts'
import { assetUrl, setAssetResolver } from '../render/asset-urls.ts'
import { preparedSlide } from '../render/prepared.ts'
import { readDeckFile } from './open-bundle.ts'
import { readRecentDeck } from './recent-decks.ts'
import { isPreparedAhead, reuseUnchangedSlides, sameData, sameSlideData, type SlideComparer } from './reuse-slides.ts'

/** The dev server's event (scripts/vite-plugin-live-decks.ts). */
const deckChangedEvent = 'lectern:deck-changed'

/** How often a file handle is looked at. */
export const pollMs = 500

/**
 * The URL path the dev server reports for a deck's file, or null when the
 * deck is not a file of this site: a URL deck of this origin, or a bundled
 * deck (`decks/NAME`).
 *
 * @param source
 *   The open deck's source.
 * @param base
 *   The page's base URL (`document.baseURI`).
 */
export function devServerPath(source: DeckSource | null, base: string): string | null {
  if (!source) return null
  if (source.kind === 'bundled') return new URL(`decks/${source.name}`, base).pathname
  if (source.kind !== 'url') return null
  const url = new URL(source.url, base)
  return url.origin === new URL(base).origin ? url.pathname : null
}

/** The part of a file handle polling needs (a `FileSystemFileHandle`). */
export interface PolledHandle {
  getFile(): Promise<File>
}

/**
 * Call `onChange` with the file each time its `lastModified` (or size)
 * changes, looking every `intervalMs`. The first look only records it.
 * Stops by itself when the file can no longer be read (gone, or permission
 * withdrawn).
 *
 * @returns
 *   Stops watching.
 */
export function watchFileHandle(
  handle: PolledHandle,
  onChange: (file: File) => void | Promise<void>,
  intervalMs = pollMs,
): () => void {
  let stopped = false
  let seen: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const look = async () => {
    if (stopped) return
    try {
      const file = await handle.getFile()
      const stamp = `${file.lastModified}:${file.size}`
      if (seen !== null && stamp !== seen && !stopped) await onChange(file)
      seen = stamp
    } catch (error) {
      console.warn('Lectern: stopped watching the deck file', error)
      return
    }
    if (!stopped) timer = setTimeout(look, intervalMs)
  }
  void look()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}

/** The parser kept for each deck shown, handed on to its reloads: unchanged parts are not parsed again. */
const parsers = new WeakMap<Deck, DeckParser>()
/** The deck whose asset resolver a reloaded deck uses (the one first opened, so reloads never chain). */
const assetRoots = new WeakMap<Deck, Deck>()

/** Compare slides; an old slide prepared at build time is compared by its HTML. */
const sameSlide: SlideComparer = (previous, next) => {
  if (!isPreparedAhead(previous) || isPreparedAhead(next)) return sameSlideData(previous, next)
  const { tree: _a, header: headerA, footer: footerA, ...restA } = previous
  const { tree: _b, header: headerB, footer: footerB, ...restB } = next
  return (
    sameData(restA, restB) &&
    headerA?.markdown === headerB?.markdown &&
    footerA?.markdown === footerB?.markdown &&
    sameData(preparedSlide(previous), preparedSlide(next))
  )
}

/**
 * Parse the changed text and show it in place of the open deck.
 *
 * @returns
 *   The deck shown, or null when the deck on screen is not `previous` any more.
 */
export async function reloadText(store: PresenterStore, previous: Deck, text: string): Promise<Deck | null> {
  const [{ createDeckParser }, { enablePreparer }] = await Promise.all([
    import('../deck/parse-deck.ts'),
    import('../render/preparer.ts'),
  ])
  enablePreparer()
  const parser = parsers.get(previous) ?? createDeckParser()
  const next = reuseUnchangedSlides(previous, parser.parse(text), sameSlide)
  if (store.getState().deck !== previous) return null
  parsers.set(next, parser)
  const root = assetRoots.get(previous) ?? previous
  assetRoots.set(next, root)
  setAssetResolver(next, (url) => assetUrl(root, url))
  // The URL hash follows every new deck (bindUrlHash): name the slide the reload lands on first.
  const state = store.getState()
  const to = reloadPosition(previous, next, { slideIndex: state.slideIndex, fragment: state.fragment })
  if (typeof window !== 'undefined' && window.location.hash && window.location.hash !== slideHash(to.slideIndex)) {
    window.history.replaceState(window.history.state, '', slideHash(to.slideIndex))
  }
  reloadDeck(store, next)
  return next
}

/**
 * Run reloads one at a time; a change that arrives during a reload is read
 * once that one is done (only the latest matters).
 */
function serialise(reload: () => Promise<void>): () => void {
  let running = false
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        await reload().catch((error: unknown) =>
          console.warn('Lectern: the changed deck could not be read; the deck on screen stays', error),
        )
      } while (again)
    } finally {
      running = false
    }
  }
  return () => void run()
}

/**
 * The file handle stored with a recent deck. A deck just opened is stored
 * right after it shows, so a missing entry is looked for again a few times.
 */
async function storedHandle(id: string, cancelled: () => boolean): Promise<FileSystemFileHandle | undefined> {
  for (let attempt = 0; attempt < 6 && !cancelled(); attempt++) {
    const stored = await readRecentDeck(id).catch(() => undefined)
    if (stored) return stored.handle
    await new Promise((done) => setTimeout(done, pollMs))
  }
  return undefined
}

/**
 * Watch the open deck's source and reload it on change.
 *
 * @param store
 *   The presenter store.
 * @param hot
 *   The dev server's HMR channel (`import.meta.hot`), if any.
 * @returns
 *   Stops watching.
 */
export function bindLiveReload(
  store: PresenterStore,
  hot: Pick<NonNullable<ImportMeta['hot']>, 'on' | 'off'> | undefined,
): () => void {
  let stopSource: (() => void) | null = null

  const watch = (source: DeckSource | null) => {
    stopSource?.()
    stopSource = null
    if (!source) return
    const path = hot ? devServerPath(source, document.baseURI) : null
    if (hot && path) {
      const reload = serialise(async () => {
        const deck = store.getState().deck
        const response = await fetch(path, { cache: 'no-store' })
        if (!response.ok || !deck) return
        await reloadText(store, deck, await response.text())
      })
      const onChange = (data: { path?: string }) => {
        if (data?.path === path) reload()
      }
      hot.on(deckChangedEvent, onChange)
      stopSource = () => hot.off(deckChangedEvent, onChange)
    } else if (source.kind === 'file') {
      let stopped = false
      let stopPolling = () => {}
      stopSource = () => {
        stopped = true
        stopPolling()
      }
      void storedHandle(source.id, () => stopped).then((handle) => {
        if (!handle || stopped) return
        let latest: File | null = null
        const reload = serialise(async () => {
          const deck = store.getState().deck
          if (!latest || !deck) return
          const { text } = await readDeckFile(source.name, latest)
          await reloadText(store, deck, text)
        })
        stopPolling = watchFileHandle(handle, (file) => {
          latest = file
          reload()
        })
      })
    }
  }

  watch(store.getState().source)
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.source !== previous.source) watch(state.source)
  })
  return () => {
    unsubscribe()
    stopSource?.()
  }
}

/** Live reload for the app: one call in the app component. */
export function useLiveReload(store: PresenterStore): void {
  useEffect(() => bindLiveReload(store, import.meta.hot), [store])
}
