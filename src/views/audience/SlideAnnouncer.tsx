/** A polite live region that says which slide is on screen after each move. */
import { selectCurrentSlide, selectSlideCount, slideTitle, useAppState } from '../../state/index.ts'
import { useMessages } from '../../ui/index.ts'

/** "Slide 3 of 12: Intro", read out when the slide changes (not on fragment steps). */
export function SlideAnnouncer() {
  const t = useMessages()
  const slideIndex = useAppState((state) => state.slideIndex)
  const count = useAppState(selectSlideCount)
  const slide = useAppState(selectCurrentSlide)
  return (
    <div className="lectern-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="slide-announcer">
      {slide ? t.slideLabel(slideIndex + 1, count, slideTitle(slide)) : ''}
    </div>
  )
}

/**
 * The slide number typed so far ("digits, then Enter"), while there is one.
 *
 * Notes: visual only; screen readers already echo the typed digits, and the
 * slide announcer speaks once Enter moves.
 */
export function TypedNumber() {
  const t = useMessages()
  const typed = useAppState((state) => state.typedNumber)
  return (
    <div className="lectern-typed" aria-hidden="true" hidden={!typed}>
      {typed ? t.typedNumber(typed) : ''}
    </div>
  )
}
