/**
 * The deck a window starts on, from its URL: `?deck=URL` (fetched; with
 * `&prepared=URL`, already prepared: see src/load/from-url.ts),
 * `?recent=ID` (a dropped deck, from IndexedDB), `?bundled=NAME` (a deck in
 * `decks/`), else the seed deck. A deck that cannot be opened is named in a
 * notice and the seed deck shows instead.
 */
import { useEffect } from 'react'
import type { Renderer } from '../render/index.ts'
import { loadDeferred, type AppStore, type DeckSource, type OpenedDeck } from '../state/index.ts'
import { seedName } from './seed-deck.ts'

/**
 * The source named by a page URL's query, or null for the seed deck.
 *
 * @param search
 *   `location.search`.
 */
export function startSource(search: string): DeckSource | null {
  const params = new URLSearchParams(search)
  const url = params.get('deck')
  if (url) return { kind: 'url', name: url, url }
  const recent = params.get('recent')
  if (recent) return { kind: 'file', name: recent, id: recent }
  const bundled = params.get('bundled')
  if (bundled && bundled !== seedName) return { kind: 'bundled', name: bundled }
  return null
}

/**
 * Open the deck the URL names, once; the store starts in `loading` for it (see {@link startSource}).
 *
 * @param seed
 *   The deck to fall back on.
 */
export function useStartDeck(store: AppStore, renderer: Renderer, seed: OpenedDeck) {
  useEffect(() => {
    const source = startSource(window.location.search)
    if (!source) return
    const controller = new AbortController()
    // The open path loads only for a window that starts on another deck than the seed.
    // Its two parts load side by side.
    Promise.all([import('./open-start.ts'), loadDeferred()])
      .then(([{ openStartDeck }, deferred]) => {
        if (!controller.signal.aborted) openStartDeck(deferred, store, renderer, seed, source, controller.signal)
      })
      .catch((error: unknown) =>
        store.getState().failLoading({ url: source.name, code: 'network', detail: String(error) }, seed),
      )
    return () => controller.abort()
  }, [store, renderer, seed])
}
