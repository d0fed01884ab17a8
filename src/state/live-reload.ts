/**
 * Live reload: while the open deck's file changes on disk, the view follows
 * within a second, on the same slide (reload.ts), and only the slides that
 * changed re-render (`reuseUnchangedSlides` in src/load).
 *
 * - Under the dev server, decks served from the project (`decks/`, or any
 *   `?deck=/path.md`) are watched by scripts/vite-plugin-live-decks.ts,
 *   which sends `lectern:deck-changed`; the deck is fetched again.
 * - A deck opened from a file handle (File System Access API: picked with
 *   Open…, or dropped where the browser gives handles) is polled: the
 *   file's `lastModified` every half second.
 *
 * The changed text is parsed in a worker (src/load/worker-parser.ts), under
 * the same time budget as a deck opened. Every window reloads from its own source, so the presenter window follows
 * by itself and the windows agree on the deck again (same text, same hash).
 * A change that does not parse (a half-written file) is skipped; the deck
 * on screen stays.
 */
import type { Deck } from '../deck/index.ts'
import {
  deckChangedEvent,
  devServerPath,
  isPreparedAhead,
  pollMs,
  readDeckFile,
  readRecentDeck,
  reuseUnchangedSlides,
  sameData,
  sameSlideData,
  watchFileHandle,
  createWorkerParser,
  type SlideComparer,
  type WorkerParser,
} from '../load/index.ts'
import type { Renderer } from '../render/index.ts'
import { reloadDeck } from './reload.ts'
import type { AppStore } from './store.ts'
import type { DeckSource } from './types.ts'

/** Compare slides; an old slide prepared at build time is compared by its prepared HTML. */
function slideComparer(renderer: Renderer): SlideComparer {
  return (previous, next) => {
    if (!isPreparedAhead(previous) || isPreparedAhead(next)) return sameSlideData(previous, next)
    const { tree: _a, header: headerA, footer: footerA, ...restA } = previous
    const { tree: _b, header: headerB, footer: footerB, ...restB } = next
    return (
      sameData(restA, restB) &&
      headerA?.markdown === headerB?.markdown &&
      footerA?.markdown === footerB?.markdown &&
      sameData(renderer.slide(previous), renderer.slide(next))
    )
  }
}

/**
 * Parse the changed text and show it in place of the open deck.
 *
 * @param parser
 *   The parser that read the deck before (it parses only the chunks that changed); in the app, in a worker.
 * @returns
 *   The deck shown, or null when the deck on screen is not `previous` any more.
 */
export async function reloadText(
  store: AppStore,
  renderer: Renderer,
  parser: { parse(text: string): Deck | Promise<Deck> },
  previous: Deck,
  text: string,
): Promise<Deck | null> {
  const next = reuseUnchangedSlides(previous, await parser.parse(text), slideComparer(renderer))
  await renderer.ready(next)
  if (store.getState().deck !== previous) return null
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
 *   The app's store.
 * @param renderer
 *   The renderer (reloaded decks are made ready before they show).
 * @param hot
 *   The dev server's HMR channel (`import.meta.hot`), if any.
 * @returns
 *   Stops watching.
 */
export function bindLiveReload(
  store: AppStore,
  renderer: Renderer,
  hot: Pick<NonNullable<ImportMeta['hot']>, 'on' | 'off'> | undefined,
): () => void {
  let stopSource: (() => void) | null = null

  const watch = (source: DeckSource | null) => {
    stopSource?.()
    stopSource = null
    if (!source) return
    // One worker per watched deck: it remembers the chunks parsed, so an edit re-parses only what it touched.
    // It starts with the watch, so the first edit does not wait for the worker's script to load.
    let worker: WorkerParser | null = null
    const startWorker = () => (worker ??= createWorkerParser()).warm()
    const show = async (previous: Deck, text: string) => {
      const parser = (worker ??= createWorkerParser())
      await reloadText(store, renderer, { parse: (changed) => parser.parse(changed).whole }, previous, text)
    }
    const path = hot ? devServerPath(source, document.baseURI) : null
    if (hot && path) {
      const reload = serialise(async () => {
        const deck = store.getState().deck
        const response = await fetch(path, { cache: 'no-store' })
        if (!response.ok || !deck) return
        await show(deck, await response.text())
      })
      const onChange = (data: { path?: string }) => {
        if (data?.path === path) reload()
      }
      hot.on(deckChangedEvent, onChange)
      startWorker()
      stopSource = () => {
        hot.off(deckChangedEvent, onChange)
        worker?.dispose()
      }
    } else if (source.kind === 'file') {
      let stopped = false
      let stopPolling = () => {}
      stopSource = () => {
        stopped = true
        stopPolling()
        worker?.dispose()
      }
      void storedHandle(source.id, () => stopped).then((handle) => {
        if (!handle || stopped) return
        startWorker()
        let latest: File | null = null
        const reload = serialise(async () => {
          const deck = store.getState().deck
          if (!latest || !deck) return
          const { text } = await readDeckFile(source.name, latest)
          await show(deck, text)
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
