/**
 * The app: one presenter store for the page, the deck from `?deck=URL` or
 * the bundled seed deck, and the URL hash kept in step with the slide.
 * `?view=presenter` shows the presenter view, `?view=notes` the notes only;
 * every window of the same deck is kept in step with the others.
 */
import { useEffect, useState } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import {
  bindUrlHash,
  createPresenterStore,
  detectLanguage,
  Presenter,
  PresenterStoreProvider,
  type PresenterStore,
} from '../present/index.ts'
import { bindDisplayPrefs } from '../present/display-prefs.ts'
import { DeckLoadFailure, loadDeckFromUrl } from './load-deck-from-url.ts'
import { seedDeck } from './seed-deck.ts'
import { NotesView, PresenterView } from '../presenter-view/PresenterView.tsx'
import { bindSync, deckIdentity, type PeerState, type ViewRole } from '../presenter-view/sync.ts'
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

/** Which view this window is, from `?view=`. */
function viewRole(): ViewRole {
  const view = new URLSearchParams(window.location.search).get('view')
  return view === 'presenter' || view === 'notes' ? view : 'audience'
}

/** Keep this window in step with the other windows of the same deck, once a deck is open. */
function useSync(store: PresenterStore, role: ViewRole): StoreApi<PeerState> | null {
  const [peers, setPeers] = useState<StoreApi<PeerState> | null>(null)
  useEffect(() => {
    let stop: (() => void) | null = null
    const bind = () => {
      stop?.()
      stop = null
      const { deck, source, status } = store.getState()
      if (!deck || status === 'loading') return setPeers(null)
      const sync = bindSync(store, { role, deck: deckIdentity(deck, source) })
      stop = sync.stop
      setPeers(sync.peers)
    }
    bind()
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.deck !== previous.deck || state.status !== previous.status) bind()
    })
    return () => {
      unsubscribe()
      stop?.()
    }
  }, [store, role])
  return peers
}

/** The presenter app. */
export function App() {
  const [store] = useState(createAppStore)
  const [role] = useState(viewRole)
  useEffect(() => bindUrlHash(store, window), [store])
  useEffect(() => bindDisplayPrefs(store, window), [store])
  useDeckFromUrl(store)
  useDocumentMeta(store)
  const peers = useSync(store, role)
  return (
    <PresenterStoreProvider store={store}>
      {role === 'presenter' ? <PresenterView peers={peers} /> : role === 'notes' ? <NotesView /> : <Presenter />}
    </PresenterStoreProvider>
  )
}
