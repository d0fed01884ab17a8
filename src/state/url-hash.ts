/**
 * Keeps the URL hash and the current slide in step, once for the whole store
 * (never in components): `#N` is slide N, 1-based, as in Marp.
 *
 * - When a deck opens, its slide comes from the hash (`#5`, or a heading id
 *   or text that `resolveLink` knows); numbers out of range are clamped.
 * - Moving to another slide pushes a history entry, so Back and Forward
 *   walk the slides seen. Fragment steps don't.
 * - `hashchange`/`popstate` (Back, Forward, a link the browser followed)
 *   move the store; the hash is then rewritten in place to the canonical `#N`.
 *
 * Notes: Marp rewrites the hash with `replaceState`; we push, so that the
 * browser's Back button goes back a slide.
 */
import { resolveLink } from '../deck/links.ts'
import type { AppStore } from './store.ts'

/** What the sync needs of `window`. */
export interface HistoryWindow {
  location: { hash: string }
  history: {
    state: unknown
    pushState: (data: unknown, unused: string, url: string) => void
    replaceState: (data: unknown, unused: string, url: string) => void
  }
  addEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void
  removeEventListener: (type: 'hashchange' | 'popstate', listener: () => void) => void
}

/** The hash of a 0-based slide index: `#1` for the first slide. */
export function slideHash(slideIndex: number): string {
  return `#${slideIndex + 1}`
}

/**
 * Sync the store with the window's URL hash.
 *
 * @param store
 *   The app's store.
 * @param win
 *   The window (or a stand-in for tests).
 * @returns
 *   A function that stops the sync.
 */
export function bindUrlHash(store: AppStore, win: HistoryWindow): () => void {
  /** True while the store moves because the URL did: that move must not push. */
  let following = false

  function followHash() {
    const { deck } = store.getState()
    if (!deck || deck.slides.length === 0) return
    const target = win.location.hash ? resolveLink(deck, win.location.hash) : null
    if (target !== null && target !== store.getState().slideIndex) {
      following = true
      try {
        store.getState().goTo(target)
      } finally {
        following = false
      }
    }
    replaceHash()
  }

  /** A history entry for the current slide's `#N`. */
  function pushHash() {
    const hash = slideHash(store.getState().slideIndex)
    if (win.location.hash !== hash) win.history.pushState(null, '', hash)
  }

  /** Rewrite the hash in place to the current slide's `#N`. */
  function replaceHash() {
    const canonical = slideHash(store.getState().slideIndex)
    if (win.location.hash !== canonical) win.history.replaceState(win.history.state, '', canonical)
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.deck) return
    const moved = state.slideIndex !== previous.slideIndex
    if (state.deck !== previous.deck) {
      // A deck just opened goes to its hash's slide. The same deck reloaded (its source kept) that moved names
      // its slide: in place when it followed a heading, as a step when it made a move asked for while arriving.
      if (state.source !== previous.source || !moved) return followHash()
      return previous.awaited ? pushHash() : replaceHash()
    }
    if (!following && moved) pushHash()
  })
  win.addEventListener('hashchange', followHash)
  win.addEventListener('popstate', followHash)
  followHash()

  return () => {
    unsubscribe()
    win.removeEventListener('hashchange', followHash)
    win.removeEventListener('popstate', followHash)
  }
}
