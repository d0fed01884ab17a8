/** Deck slice: the deck on screen, where it came from, and how loading went. */
import type { StateCreator } from 'zustand/vanilla'
import type { DeckSlice, PresenterState } from './types.ts'

/** Create the deck slice; opening a deck also resets the position and the overlays. */
export const createDeckSlice: StateCreator<PresenterState, [], [], DeckSlice> = (set) => ({
  deck: null,
  source: null,
  status: 'idle',
  error: null,
  startLoading: (source) =>
    set({ deck: null, source, status: 'loading', error: null, slideIndex: 0, fragment: 0, overlay: null }),
  openDeck: (deck, source) =>
    set({ deck, source, status: 'ready', error: null, slideIndex: 0, fragment: 0, overlay: null, startScreen: false }),
  failLoading: (error, fallback) =>
    set((state) => {
      // The same file can fail again after its message was dismissed: show it again.
      const dismissedNotices = state.dismissedNotices.filter((id) => id !== `load-error:${error.url}`)
      return fallback
        ? { ...fallback, status: 'failed', error, slideIndex: 0, fragment: 0, overlay: null, dismissedNotices }
        : { status: 'failed', error, dismissedNotices }
    }),
  startScreen: false,
  setStartScreen: (open) => set({ startScreen: open }),
})
