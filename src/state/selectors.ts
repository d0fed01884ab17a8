/**
 * Values derived from the app state. They are computed here, never
 * stored, so they cannot go stale.
 */
import type { Slide } from '../deck/index.ts'
import type { AppState } from './types.ts'

type State = Pick<AppState, 'deck' | 'slideIndex' | 'fragment' | 'overlay'>

/** Number of slides (0 without a deck). */
export const selectSlideCount = (state: State): number => state.deck?.slides.length ?? 0

/** The slide on screen, or undefined without a deck or slides. */
export const selectCurrentSlide = (state: State): Slide | undefined => state.deck?.slides[state.slideIndex]

/** Fragment steps of the current slide. */
export const selectCurrentFragments = (state: State): number => selectCurrentSlide(state)?.fragments ?? 0

/** Whether the current slide is the first one. */
export const selectIsFirstSlide = (state: State): boolean => state.slideIndex === 0

/** Whether the current slide is the last one (true for an empty deck). */
export const selectIsLastSlide = (state: State): boolean => state.slideIndex >= selectSlideCount(state) - 1

/** Whether "previous" can go nowhere: the first slide with no fragment shown. */
export const selectIsAtStart = (state: State): boolean => selectIsFirstSlide(state) && state.fragment === 0

/** Whether "next" can go nowhere: the last slide with every fragment shown. */
export const selectIsAtEnd = (state: State): boolean =>
  selectIsLastSlide(state) && state.fragment >= selectCurrentFragments(state)

/** Progress through the deck by slide, 0 … 1 (0 for decks of one slide or none). */
export const selectProgress = (state: State): number => {
  const count = selectSlideCount(state)
  return count > 1 ? state.slideIndex / (count - 1) : 0
}

/** Whether the overview grid is open. */
export const selectIsOverviewOpen = (state: State): boolean => state.overlay === 'overview'
/** Whether the help overlay is open. */
export const selectIsHelpOpen = (state: State): boolean => state.overlay === 'help'
/** Whether the go-to dialog is open. */
export const selectIsGoToOpen = (state: State): boolean => state.overlay === 'goTo'

/** A slide's title: the text of its first heading, or null when it has none. */
export function slideTitle(slide: Pick<Slide, 'headings'>): string | null {
  const text = slide.headings[0]?.text.trim()
  return text ? text : null
}
