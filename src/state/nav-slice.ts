/** Nav slice: the current slide and fragment step; every move stays in range. */
import type { StateCreator } from 'zustand/vanilla'
import {
  clampPosition,
  isSamePosition,
  skipBackward,
  skipForward,
  stepBackward,
  stepForward,
  type Position,
  type SlideSteps,
} from './navigation.ts'
import type { NavSlice, AppState } from './types.ts'

const noSlides: readonly SlideSteps[] = []

/**
 * Create the nav slice.
 *
 * Notes: while a deck is still arriving (its first slides on screen), a move
 * past its last slide is remembered as `awaited`, and made by `reloadDeck`
 * once the rest is in: End pressed in the first half second of the seed deck
 * goes to its real end, not to slide 2.
 */
export const createNavSlice: StateCreator<AppState, [], [], NavSlice> = (set, get) => {
  /**
   * Apply a move computed from the current position; no update when it goes nowhere.
   *
   * @param past Where the move would go in a deck still arriving, when that lies past its loaded slides.
   */
  function move(
    compute: (slides: readonly SlideSteps[], at: Position) => Position,
    past?: (slides: readonly SlideSteps[], at: Position, awaited: Position | null) => Position | null,
  ) {
    const state = get()
    const at = { slideIndex: state.slideIndex, fragment: state.fragment }
    const slides = state.deck?.slides ?? noSlides
    const to = compute(slides, at)
    const awaited = state.deck?.complete === false ? (past?.(slides, at, state.awaited) ?? null) : null
    if (isSamePosition(at, to)) {
      if (awaited !== state.awaited) set({ awaited })
      return
    }
    // A zoom and a search mark belong to the slide they were made on.
    set(to.slideIndex === at.slideIndex ? { ...to, awaited } : { ...to, awaited, zoom: null, searchMark: null })
  }

  /** The slide after the last one loaded (one more for each press while waiting), as `fragment` shows it. */
  const afterLoaded = (fragment: number) => (slides: readonly SlideSteps[], at: Position, awaited: Position | null) => {
    const last = slides.length - 1
    const allShown = at.fragment >= (slides[at.slideIndex]?.fragments ?? 0)
    if (at.slideIndex < last || !allShown) return null
    return { slideIndex: (awaited?.slideIndex ?? last) + 1, fragment }
  }

  return {
    slideIndex: 0,
    fragment: 0,
    awaited: null,
    goTo: (slideIndex, fragment = 0) =>
      move(
        (slides) => clampPosition(slides, slideIndex, fragment),
        (slides) => (slideIndex >= slides.length ? { slideIndex, fragment } : null),
      ),
    next: () => move(stepForward, afterLoaded(0)),
    previous: () => move(stepBackward),
    nextSlide: () => move(skipForward, afterLoaded(Infinity)),
    previousSlide: () => move(skipBackward),
    first: () => move((slides) => clampPosition(slides, 0, 0)),
    last: () =>
      move(
        (slides) => clampPosition(slides, slides.length - 1, Infinity),
        () => ({ slideIndex: Infinity, fragment: Infinity }),
      ),
  }
}
