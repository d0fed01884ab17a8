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

/** Create the nav slice. */
export const createNavSlice: StateCreator<AppState, [], [], NavSlice> = (set, get) => {
  /** Apply a move computed from the current position; no update when it goes nowhere. */
  function move(compute: (slides: readonly SlideSteps[], at: Position) => Position) {
    const state = get()
    const at = { slideIndex: state.slideIndex, fragment: state.fragment }
    const to = compute(state.deck?.slides ?? noSlides, at)
    if (isSamePosition(at, to)) return
    // A zoom and a search mark belong to the slide they were made on.
    set(to.slideIndex === at.slideIndex ? to : { ...to, zoom: null, searchMark: null })
  }

  return {
    slideIndex: 0,
    fragment: 0,
    goTo: (slideIndex, fragment = 0) => move((slides) => clampPosition(slides, slideIndex, fragment)),
    next: () => move(stepForward),
    previous: () => move(stepBackward),
    nextSlide: () => move(skipForward),
    previousSlide: () => move(skipBackward),
    first: () => move((slides) => clampPosition(slides, 0, 0)),
    last: () => move((slides) => clampPosition(slides, slides.length - 1, Infinity)),
  }
}
