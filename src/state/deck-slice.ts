/** Deck slice: the deck on screen, where it came from, what it holds, and how loading went. */
import type { StateCreator } from 'zustand/vanilla'
import { freshRenderState } from '../render/index.ts'
import type { AppState, DeckSlice } from './types.ts'

/** What opening a deck resets: the position, the overlay, and what was measured of the old deck. */
const fresh = () => ({ slideIndex: 0, fragment: 0, awaited: null, overlay: null, ...freshRenderState() })

/**
 * Create the deck slice.
 *
 * Notes: a deck replaced by another has its resources released (object URLs
 * of dropped files, themes it registered), after the new one is in place.
 */
export const createDeckSlice: StateCreator<AppState, [], [], DeckSlice> = (set, get) => ({
  deck: null,
  source: null,
  assets: null,
  release: null,
  status: 'idle',
  error: null,
  startLoading: (source) => set({ deck: null, source, status: 'loading', error: null, ...fresh() }),
  openDeck: (deck, source, { assets = null, release = null } = {}) => {
    const old = get().release
    set({ deck, source, assets, release, status: 'ready', error: null, startScreen: false, ...fresh() })
    if (old && old !== release) old()
  },
  failLoading: (error, fallback) => {
    const old = get().release
    // The same file can fail again after its message was dismissed: show it again.
    const dismissedNotices = get().dismissedNotices.filter((id) => id !== `load-error:${error.url}`)
    if (!fallback) return set({ status: 'failed', error, dismissedNotices })
    const { deck, source, assets = null, release = null } = fallback
    set({ deck, source, assets, release, status: 'failed', error, dismissedNotices, ...fresh() })
    if (old && old !== release) old()
  },
})
