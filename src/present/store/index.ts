/**
 * The presenter store: one zustand store made of a deck, a nav and a UI slice.
 *
 * Notes: plain `zustand/vanilla`, so tests and non-React code drive it
 * directly; React binds it once (`usePresenter` in `../store-context.tsx`).
 * Derived values (slide count, current slide, first/last) are selectors in
 * `selectors.ts`, never state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createDeckSlice } from './deck-slice.ts'
import { createNavSlice } from './nav-slice.ts'
import { clampPosition } from './navigation.ts'
import type { DeckSource, Language, PresenterState } from './types.ts'
import { createUiSlice } from './ui-slice.ts'
import type { Deck } from '../../deck/index.ts'

export type * from './types.ts'
export * from './selectors.ts'
export * from './navigation.ts'
export { reloadDeck, reloadPosition } from './reload.ts'

/** A presenter store. */
export type PresenterStore = StoreApi<PresenterState>

/** Initial values for {@link createPresenterStore}. */
export interface PresenterStoreOptions {
  /** A deck to show at once, with where it came from. */
  deck?: { deck: Deck; source: DeckSource }
  /** Start loading this source instead (no deck shown). */
  loading?: DeckSource
  /** Language of the app's own text (default `en`). */
  language?: Language
  /** 0-based slide to start on (clamped; default 0). */
  slideIndex?: number
}

/**
 * Create a presenter store.
 *
 * @param initial
 *   Optional starting deck, language and slide.
 * @returns
 *   A vanilla zustand store; `getInitialState()` gives the starting state back.
 */
export function createPresenterStore(initial: PresenterStoreOptions = {}): PresenterStore {
  return createStore<PresenterState>()((set, get, store) => {
    const state: PresenterState = {
      ...createDeckSlice(set, get, store),
      ...createNavSlice(set, get, store),
      ...createUiSlice(set, get, store),
    }
    if (initial.language) state.language = initial.language
    if (initial.loading) {
      state.source = initial.loading
      state.status = 'loading'
    } else if (initial.deck) {
      state.deck = initial.deck.deck
      state.source = initial.deck.source
      state.status = 'ready'
      Object.assign(state, clampPosition(initial.deck.deck.slides, initial.slideIndex ?? 0))
    }
    return state
  })
}
