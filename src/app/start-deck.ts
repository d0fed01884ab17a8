/**
 * The deck a window starts on, from its URL: `?deck=URL` (fetched; with
 * `&prepared=URL`, already prepared: see src/load/from-url.ts),
 * `?recent=ID` (a dropped deck, from IndexedDB), `?bundled=NAME` (a deck in
 * `decks/`), else the seed deck. A deck that cannot be opened is named in a
 * notice and the seed deck shows instead.
 */
import { useEffect } from 'react'
import { DeckLoadFailure, loadDeckFromUrl, type LoadedDeck } from '../load/index.ts'
import type { Renderer } from '../render/index.ts'
import {
  firstSlides,
  followWholeDeck,
  openBundledInStore,
  openRecentInStore,
  type AppStore,
  type DeckSource,
  type OpenedDeck,
} from '../state/index.ts'
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

/** Fetch a `?deck=URL` deck (prepared ahead when `&prepared=` says so) and make it renderable. */
async function openUrlDeck(url: string, renderer: Renderer, signal: AbortSignal): Promise<LoadedDeck> {
  const prepared = new URLSearchParams(window.location.search).get('prepared')
  // Only the PDF exporter's page has its key (given through the browser's debugging protocol).
  const exportKey = (window as { __lecternExportKey?: string }).__lecternExportKey ?? null
  const first = firstSlides(true)
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
    const fail = (code: 'network' | 'not-text' | 'storage', url: string, detail = '', origin?: 'file') =>
      store.getState().failLoading({ url, code, detail, ...(origin ? { origin } : {}) }, seed)
    if (source.kind === 'url') {
      openUrlDeck(source.url, renderer, controller.signal).then(
        ({ deck, whole, source, assets }) => {
          store.getState().openDeck(deck, source, { assets })
          if (!whole) return
          followWholeDeck(store, renderer, deck, whole, (error) => {
            if (error instanceof DeckLoadFailure) store.getState().failLoading(error.failure)
            else console.error('Lectern: the rest of the deck could not be read', error)
          })
        },
        (error: unknown) => {
          if (controller.signal.aborted) return
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
    return () => controller.abort()
  }, [store, renderer, seed])
}
