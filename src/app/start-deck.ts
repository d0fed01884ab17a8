/**
 * The deck a window starts on, from its URL: `?deck=URL` (fetched; with
 * `&prepared=URL`, already prepared: see load-deck-from-url.ts),
 * `?recent=ID` (a dropped deck, from IndexedDB), `?bundled=NAME` (a deck in
 * `decks/`), else the seed deck. A deck that cannot be opened is named in a
 * notice and the seed deck shows instead.
 */
import { useEffect } from 'react'
import type { DeckSource, PresenterStore } from '../present/index.ts'
import { openBundledInStore, openRecentInStore } from '../load/deck-opener.ts'
import { DeckLoadFailure, loadDeckFromUrl } from './load-deck-from-url.ts'
import { seedDeck } from './seed-deck.ts'

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
  if (bundled && bundled !== seedDeck.source.name) return { kind: 'bundled', name: bundled }
  return null
}

/** Open the deck the URL names, once; the store starts in `loading` for it (see {@link startSource}). */
export function useStartDeck(store: PresenterStore) {
  useEffect(() => {
    const source = startSource(window.location.search)
    if (!source) return
    const controller = new AbortController()
    if (source.kind === 'url') {
      const prepared = new URLSearchParams(window.location.search).get('prepared')
      loadDeckFromUrl(source.url, { base: window.location.href, signal: controller.signal, prepared }).then(
        ({ deck, source }) => store.getState().openDeck(deck, source),
        (error: unknown) => {
          if (controller.signal.aborted) return
          const failure =
            error instanceof DeckLoadFailure
              ? error.failure
              : {
                  url: source.url,
                  code: 'network' as const,
                  detail: error instanceof Error ? error.message : String(error),
                }
          store.getState().failLoading(failure, seedDeck)
        },
      )
    } else if (source.kind === 'file') {
      openRecentInStore(store, source.id, seedDeck, true).catch((error: unknown) => {
        console.error(error)
        store
          .getState()
          .failLoading({ url: `?recent=${source.id}`, code: 'not-text', detail: '', origin: 'file' }, seedDeck)
      })
    } else {
      openBundledInStore(store, source.name, true).then(
        (opened) =>
          opened ||
          store.getState().failLoading({ url: source.name, code: 'storage', detail: '', origin: 'file' }, seedDeck),
        () =>
          store.getState().failLoading({ url: source.name, code: 'not-text', detail: '', origin: 'file' }, seedDeck),
      )
    }
    return () => controller.abort()
  }, [store])
}
