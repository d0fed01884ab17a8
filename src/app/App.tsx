/**
 * The app: one store and one renderer for the page, and the window the URL
 * asks for — the audience view, `?view=presenter` or `?view=notes` — with the
 * print view beside it. It composes the views (the control bar gets its Open,
 * Print and Presenter-view buttons from here) and binds the store to the
 * browser once: URL hash, stored preferences, the other windows of the deck,
 * live reload.
 */
import { useEffect, useMemo, useState } from 'react'
import { createRenderer, RenderProvider, type Renderer } from '../render/index.ts'
import {
  bindDisplayPrefs,
  bindUrlHash,
  createAppStore,
  printFlag,
  printOptions,
  StoreProvider,
  useAppStore,
  type AppStore,
  type KeyEffects,
  type ViewRole,
} from '../state/index.ts'
import { detectLanguage, messagesFor, toggleFullscreen, useKeyboard } from '../ui/index.ts'
import { AudienceView } from '../views/audience/index.ts'
import { NotesView } from '../views/notes/index.ts'
import { OpenDeckButton, useDeckLoader } from '../views/open/index.ts'
import { openPresenterView, PresenterView, PresenterViewButton } from '../views/presenter/index.ts'
import { PrintButton, PrintRoot } from '../views/print/index.ts'
import { takeJoinHash } from './join-hash.ts'
import { seedDeck, seedHashWaits, useWholeSeed, type SeedDeck } from './seed-deck.ts'
import { startSource, useStartDeck } from './start-deck.ts'
import './app.css'

const roles: readonly ViewRole[] = ['audience', 'presenter', 'notes', 'remote', 'follow']

/** Which view this window is, from `?view=`. */
function viewRole(search: string): ViewRole {
  const view = new URLSearchParams(search).get('view')
  return roles.find((role) => role === view) ?? 'audience'
}

/** The page's store and renderer, the seed deck handed to the renderer, and what a `lectern` server said. */
function createApp(): { store: AppStore; renderer: Renderer; seed: SeedDeck; join: string | null } {
  // Credentials in a session link's fragment are taken before the slide hash is bound.
  const join = takeJoinHash()
  const { search } = window.location
  const language = detectLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
  // The UI's text, when not English, loads beside the page's first JavaScript.
  void messagesFor(language)
  const source = startSource(search)
  const print = printFlag(search) ? printOptions(search) : undefined
  const store = createAppStore({
    language,
    role: viewRole(search),
    ...(print ? { print } : {}),
    ...(source ? { loading: source } : {}),
  })
  const renderer = createRenderer(store)
  const seed = seedDeck(renderer)
  if (!source) store.getState().openDeck(seed.deck, seed.source, seed)
  return { store, renderer, seed, join }
}

/** Bind the slide hash; a hash the seed's first slides may not have waits for its whole deck (useWholeSeed runs first). */
function useUrlHash(store: AppStore, seed: SeedDeck) {
  useEffect(() => {
    let stop: (() => void) | null = null
    let live = true
    const bind = () => {
      if (live) stop = bindUrlHash(store, window)
    }
    if (store.getState().deck === seed.deck && seedHashWaits(seed, window.location.hash))
      void seed.whole.then(bind, bind)
    else bind()
    return () => {
      live = false
      stop?.()
    }
  }, [store, seed])
}

/** The page title and language follow the deck and the UI language. */
function useDocumentMeta(store: AppStore) {
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

/**
 * Bind the window's drawings, live reload and sync (src/app/bindings.ts), loaded right after the first paint.
 */
function useWindowBindings(store: AppStore, renderer: Renderer) {
  useEffect(() => {
    let stop: (() => void) | null = null
    let live = true
    // import.meta.hot is read here: Vite gives each module its own.
    const hot = import.meta.hot
    void import('./bindings.ts')
      .then(({ bindWindow }) => bindWindow(store, renderer, hot))
      .then((unbind) => {
        if (live) stop = unbind
        else unbind()
      })
    return () => {
      live = false
      stop?.()
    }
  }, [store, renderer])
}

/** The windows that may use a relay (src/app/relay.ts): the presenter view, a phone remote, a following device. */
const relayRoles: readonly ViewRole[] = ['presenter', 'remote', 'follow']

/** Bind the relay, loaded only by a window that may use one (or that came from a session link). */
function useRelay(store: AppStore, role: ViewRole, join: string | null) {
  useEffect(() => {
    if (!join && !relayRoles.includes(role)) return
    let stop: (() => void) | null = null
    let live = true
    void import('./relay.ts').then(({ startRelay }) => {
      if (live) stop = startRelay(store, role, join)
    })
    return () => {
      live = false
      stop?.()
    }
  }, [store, role, join])
}

/** The audience window: the slides, with every way of opening decks, printing and the presenter view. */
function AudienceWindow() {
  const loader = useDeckLoader()
  const effects = useMemo<KeyEffects>(
    () => ({ toggleFullscreen, openPresenterView, openFile: loader.openFile }),
    [loader.openFile],
  )
  useKeyboard(useAppStore(), effects)
  const actions = (
    <>
      <OpenDeckButton />
      <PrintButton />
      <PresenterViewButton />
    </>
  )
  return (
    <>
      <AudienceView actions={actions} />
      {loader.element}
    </>
  )
}

const otherEffects: KeyEffects = { toggleFullscreen }

/** A window that only shows the talk: the presenter view, the notes view, a phone remote, a following device. */
function OtherViews({ role }: { role: Exclude<ViewRole, 'audience'> }) {
  useKeyboard(useAppStore(), otherEffects)
  if (role === 'presenter') return <PresenterView />
  if (role === 'follow') return <AudienceView />
  return <NotesView />
}

/** The app. */
export function App() {
  const [{ store, renderer, seed, join }] = useState(createApp)
  const role = store.getState().role
  useWholeSeed(store, seed)
  useUrlHash(store, seed)
  useEffect(() => bindDisplayPrefs(store, window), [store])
  useWindowBindings(store, renderer)
  useRelay(store, role, join)
  useStartDeck(store, renderer, seed)
  useDocumentMeta(store)
  return (
    <StoreProvider store={store}>
      <RenderProvider renderer={renderer}>
        {role === 'audience' ? <AudienceWindow /> : <OtherViews role={role} />}
        {/* Ctrl+P from any window prints the slides. */}
        <PrintRoot />
      </RenderProvider>
    </StoreProvider>
  )
}
