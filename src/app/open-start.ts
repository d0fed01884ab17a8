/**
 * Opening the deck a window's URL names (`?deck=`, `?recent=`, `?bundled=`):
 * loaded with `import()` only by such a window, so the seed deck's page does
 * not carry the open path in its first JavaScript.
 */
import { DeckLoadFailure, loadDeckFromUrl, type LoadedDeck } from '../load/index.ts'
import type { Renderer } from '../render/index.ts'
import type { AppStore, DeckSource, loadDeferred, OpenedDeck } from '../state/index.ts'

/** Fetch a `?deck=URL` deck (prepared ahead when `&prepared=` says so) and make it renderable. */
async function openUrlDeck(
  url: string,
  renderer: Renderer,
  signal: AbortSignal,
  first: number | undefined,
): Promise<LoadedDeck> {
  const prepared = new URLSearchParams(window.location.search).get('prepared')
  // Only the PDF exporter's page has its key (given through the browser's debugging protocol).
  const exportKey = (window as { __lecternExportKey?: string }).__lecternExportKey ?? null
  const loaded = await loadDeckFromUrl(url, {
    base: window.location.href,
    signal,
    prepared,
    exportKey,
    ...(first === undefined ? {} : { first }),
  })
  if (loaded.prepared) renderer.adopt(loaded.deck, loaded.prepared)
  await renderer.ready(loaded.deck)
  return loaded
}

/**
 * Open the deck the URL names into the store (which is `loading` it), or say why it cannot be.
 *
 * @param deferred
 *   The state's deferred part (`loadDeferred`), loaded beside this module.
 * @param seed
 *   The deck to fall back on.
 */
export function openStartDeck(
  deferred: Awaited<ReturnType<typeof loadDeferred>>,
  store: AppStore,
  renderer: Renderer,
  seed: OpenedDeck,
  source: DeckSource,
  signal: AbortSignal,
): void {
  const { firstSlides, followWholeDeck, openBundledInStore, openRecentInStore } = deferred
  const fail = (code: 'network' | 'not-text' | 'storage', url: string, detail = '', origin?: 'file') =>
    store.getState().failLoading({ url, code, detail, ...(origin ? { origin } : {}) }, seed)
  if (source.kind === 'url') {
    openUrlDeck(source.url, renderer, signal, firstSlides(true)).then(
      ({ deck, whole, source, assets }) => {
        store.getState().openDeck(deck, source, { assets })
        if (!whole) return
        followWholeDeck(store, renderer, deck, whole, (error) => {
          if (error instanceof DeckLoadFailure) store.getState().failLoading(error.failure)
          else console.error('Lectern: the rest of the deck could not be read', error)
        })
      },
      (error: unknown) => {
        if (signal.aborted) return
        if (error instanceof DeckLoadFailure) store.getState().failLoading(error.failure, seed)
        else fail('network', source.url, error instanceof Error ? error.message : String(error))
      },
    )
  } else if (source.kind === 'file') {
    openRecentInStore(store, renderer, source.id, seed, true).catch((error: unknown) => {
      console.error(error)
      fail('not-text', `?recent=${source.id}`, '', 'file')
    })
  } else {
    openBundledInStore(store, renderer, source.name, true).then(
      (opened) => opened || fail('storage', source.name, '', 'file'),
      () => fail('not-text', source.name, '', 'file'),
    )
  }
}
