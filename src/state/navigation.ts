/**
 * Fragment-aware moves through a deck, as plain functions of the slides'
 * fragment counts (the steps of Marp's own presentation keys).
 *
 * A position is a slide index and a fragment step: step 0 shows no fragment,
 * step `slide.fragments` shows them all.
 */

/** Where the presentation is: a 0-based slide index and a fragment step. */
export interface Position {
  slideIndex: number
  fragment: number
}

/** What navigation needs of a slide: its number of fragment steps. */
export type SlideSteps = { readonly fragments: number }

/**
 * The nearest valid position: the index clamped to the slides, the step to
 * `0 … fragments` (so `Infinity` means "all fragments shown").
 *
 * @param slides
 *   The deck's slides (only `fragments` is read).
 * @param slideIndex
 *   Wanted 0-based index; non-integers are truncated, NaN counts as 0.
 * @param fragment
 *   Wanted step (default 0).
 */
export function clampPosition(slides: readonly SlideSteps[], slideIndex: number, fragment = 0): Position {
  if (slides.length === 0) return { slideIndex: 0, fragment: 0 }
  const index = clamp(Math.trunc(slideIndex) || 0, 0, slides.length - 1)
  const steps = slides[index]?.fragments ?? 0
  const step = Number.isNaN(fragment) ? 0 : clamp(Math.trunc(fragment), 0, steps)
  return { slideIndex: index, fragment: step }
}

/** Next step: the next fragment, else the next slide with no fragment shown. */
export function stepForward(slides: readonly SlideSteps[], at: Position): Position {
  const steps = slides[at.slideIndex]?.fragments ?? 0
  if (at.fragment < steps) return { slideIndex: at.slideIndex, fragment: at.fragment + 1 }
  if (at.slideIndex >= slides.length - 1) return at
  return { slideIndex: at.slideIndex + 1, fragment: 0 }
}

/** Previous step: hide the last fragment, else the previous slide fully revealed. */
export function stepBackward(slides: readonly SlideSteps[], at: Position): Position {
  if (at.fragment > 0) return { slideIndex: at.slideIndex, fragment: at.fragment - 1 }
  if (at.slideIndex <= 0) return at
  return clampPosition(slides, at.slideIndex - 1, Infinity)
}

/**
 * Shift+next: reveal every fragment left on this slide; when all are shown,
 * the next slide fully revealed.
 */
export function skipForward(slides: readonly SlideSteps[], at: Position): Position {
  const steps = slides[at.slideIndex]?.fragments ?? 0
  if (at.fragment < steps) return { slideIndex: at.slideIndex, fragment: steps }
  if (at.slideIndex >= slides.length - 1) return at
  return clampPosition(slides, at.slideIndex + 1, Infinity)
}

/** Shift+previous: the previous slide fully revealed (none before the first). */
export function skipBackward(slides: readonly SlideSteps[], at: Position): Position {
  if (at.slideIndex <= 0) return at
  return clampPosition(slides, at.slideIndex - 1, Infinity)
}

/** Whether two positions are the same. */
export function isSamePosition(a: Position, b: Position): boolean {
  return a.slideIndex === b.slideIndex && a.fragment === b.fragment
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}
