/**
 * The app: one presenter store for the page, the deck its URL names
 * (`?deck=URL`, `?recent=ID`, `?bundled=NAME`) or the bundled seed deck, the
 * URL hash kept in step with the slide, and every way of opening another deck.
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
import { seedDeck } from './seed-deck.ts'
import { startSource, useStartDeck } from './start-deck.ts'
import { DeckLoader } from '../load/ui/DeckLoader.tsx'
import { useLiveReload } from '../load/live-reload.ts'
import { NotesView, PresenterView } from '../presenter-view/PresenterView.tsx'
import { bindSync, deckIdentity, type PeerState, type ViewRole } from '../presenter-view/sync.ts'
import './app.css'

function createAppStore(): PresenterStore {
  const language = detectLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
  const source = startSource(window.location.search)
  return createPresenterStore(source ? { language, loading: source } : { language, deck: seedDeck })
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
  useStartDeck(store)
  useLiveReload(store)
  useDocumentMeta(store)
  const peers = useSync(store, role)
  return (
    <PresenterStoreProvider store={store}>
      {role === 'presenter' ? (
        <PresenterView peers={peers} />
      ) : role === 'notes' ? (
        <NotesView />
      ) : (
        <>
          <Presenter />
          <DeckLoader />
        </>
      )}
    </PresenterStoreProvider>
  )
}
