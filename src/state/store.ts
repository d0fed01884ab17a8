/**
 * The app's one store, made of slices: deck, nav, UI, display, stage (laser
 * pointer, zoom), drawing, timer, sync, print, and rendering's own (see
 * ../render/render-slice.ts).
 *
 * Notes: plain `zustand/vanilla`, so tests and non-React code drive it
 * directly; React binds it once (`react.tsx`). Derived values (slide count,
 * current slide, first/last) are selectors in `selectors.ts`, never state.
 * What ties the store to the browser (URL hash, storage, other windows,
 * printing) are bindings, each set up once by the app.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Deck } from '../deck/index.ts'
import { createRenderSlice } from '../render/index.ts'
import { createDeckSlice } from './deck-slice.ts'
import { createDisplaySlice } from './display-slice.ts'
import { createDrawingSlice } from './drawing-slice.ts'
import { createNavSlice } from './nav-slice.ts'
import { clampPosition } from './navigation.ts'
import { createPrintSlice } from './print-slice.ts'
import { createRelaySlice } from './relay-slice.ts'
import { createStageSlice } from './stage-slice.ts'
import { createSyncSlice } from './sync-slice.ts'
import { createTimerSlice } from './timer-slice.ts'
import type { AppState, DeckResources, DeckSource, HandoutMode, Language, ViewRole } from './types.ts'
import { createUiSlice } from './ui-slice.ts'

/** The app's store. */
export type AppStore = StoreApi<AppState>

/** Initial values for {@link createAppStore}. */
export interface AppStoreOptions {
  /** A deck to show at once, with where it came from. */
  deck?: { deck: Deck; source: DeckSource } & DeckResources
  /** Start loading this source instead (no deck shown). */
  loading?: DeckSource
  /** Language of the app's own text (default `en`). */
  language?: Language
  /** 0-based slide to start on (clamped; default 0). */
  slideIndex?: number
  /** What this window is (default `audience`). */
  role?: ViewRole
  /** A page for printing only (`?print=1`), with what each page holds. */
  print?: { handout: HandoutMode; steps?: boolean; drawings?: boolean }
  /** The time source of the timer and the pointer (default `Date.now`). */
  clock?: () => number
}

/**
 * Create the app's store.
 *
 * @param options
 *   Optional starting deck, language, slide, role and print page.
 * @returns
 *   A vanilla zustand store; `getInitialState()` gives the starting state back.
 */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const clock = options.clock ?? Date.now
  return createStore<AppState>()((...args) => {
    const state: AppState = {
      ...createDeckSlice(...args),
      ...createNavSlice(...args),
      ...createUiSlice(...args),
      ...createDisplaySlice(...args),
      ...createStageSlice(clock)(...args),
      ...createDrawingSlice(...args),
      ...createTimerSlice(clock)(...args),
      ...createSyncSlice(...args),
      ...createPrintSlice(...args),
      ...createRelaySlice(...args),
      ...createRenderSlice(...args),
    }
    if (options.language) state.language = options.language
    if (options.role) state.role = options.role
    if (options.role === 'notes') state.notesFontSize = 30
    if (options.print) {
      const { handout, steps = false, drawings = false } = options.print
      Object.assign(state, {
        printPage: true,
        printActive: true,
        printing: true,
        handout,
        printSteps: steps,
        printDrawings: drawings,
      })
    }
    if (options.loading) {
      state.source = options.loading
      state.status = 'loading'
    } else if (options.deck) {
      const { deck, source, assets = null, release = null } = options.deck
      Object.assign(state, { deck, source, assets, release, status: 'ready' })
      Object.assign(state, clampPosition(deck.slides, options.slideIndex ?? 0))
    }
    return state
  })
}
