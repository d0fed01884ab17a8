/**
 * The app: one presenter store for the page, the deck from `?deck=URL` or
 * the bundled seed deck, and the URL hash kept in step with the slide.
 */
import { useEffect, useState } from 'react'
import {
  bindUrlHash,
  createPresenterStore,
  detectLanguage,
  Presenter,
  PresenterStoreProvider,
  type PresenterStore,
} from '../present/index.ts'
import { DeckLoadFailure, loadDeckFromUrl } from './load-deck-from-url.ts'
import { seedDeck } from './seed-deck.ts'
import './app.css'

/** The `?deck=` parameter of the page URL, or null. */
function deckParam(): string | null {
  return new URLSearchParams(window.location.search).get('deck') || null
}

function createAppStore(): PresenterStore {
  const language = detectLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
  const url = deckParam()
  return createPresenterStore(url ? { language, loading: { kind: 'url', name: url, url } } : { language, deck: seedDeck })
}

/** Fetch the `?deck=` deck, if any; on failure keep the seed deck and say why. */
function useDeckFromUrl(store: PresenterStore) {
  useEffect(() => {
    const url = deckParam()
    if (!url) return
    const controller = new AbortController()
    loadDeckFromUrl(url, { base: window.location.href, signal: controller.signal }).then(
      ({ deck, source }) => store.getState().openDeck(deck, source),
      (error: unknown) => {
        if (controller.signal.aborted) return
        const failure =
          error instanceof DeckLoadFailure
            ? error.failure
            : { url, code: 'network' as const, detail: error instanceof Error ? error.message : String(error) }
        store.getState().failLoading(failure, seedDeck)
      },
    )
    return () => controller.abort()
  }, [store])
}

/** The page title and language follow the deck and the UI language. */
function useDocumentMeta(store: PresenterStore) {
  useEffect(() => {
    const update = () => {
      const { deck, language } = store.getState()
      document.title = deck?.meta.title ? `${deck.meta.title} · Lectern` : 'Lectern'
      document.documentElement.lang = language
    }
    update()
    return store.subscribe((state, previous) => {
      if (state.deck !== previous.deck || state.language !== previous.language) update()
    })
  }, [store])
}

/** The presenter app. */
export function App() {
  const [store] = useState(createAppStore)
  useEffect(() => bindUrlHash(store, window), [store])
  useDeckFromUrl(store)
  useDocumentMeta(store)
  return (
    <PresenterStoreProvider store={store}>
      <Presenter />
    </PresenterStoreProvider>
  )
}
