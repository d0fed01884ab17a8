/** One slide on the stage: its section at logical size, scaled to fit, labelled for assistive tech. */
import { memo } from 'react'
import type { Deck, Slide } from '../deck/index.ts'
import { SlideView } from '../render/index.ts'

/** Props of {@link SlideFrame}. */
export interface SlideFrameProps {
  deck: Deck
  slide: Slide
  /** `current` is shown; `previous`/`next` are mounted but hidden, ready to show. */
  state: 'current' | 'previous' | 'next'
  /** Fragment steps shown. */
  fragment: number
  /** "Slide 3 of 12: Intro". */
  label: string
  /** Scale and offset that fit the slide into the stage. */
  scale: number
  x: number
  y: number
  onNavigate: (index: number) => void
}

/**
 * A slide frame: a box of the slide's logical size, scaled with a CSS
 * transform (text stays crisp), inside a group with role description "slide".
 *
 * Notes: hidden neighbours are `aria-hidden` and inert at once (not after the
 * fade), so only the current slide is in the accessibility tree.
 */
export const SlideFrame = memo(function SlideFrame(props: SlideFrameProps) {
  const { deck, slide, state, fragment, label, scale, x, y, onNavigate } = props
  const current = state === 'current'
  return (
    <div
      className="lectern-frame"
      role="group"
      aria-roledescription="slide"
      aria-label={label}
      aria-hidden={current ? undefined : true}
      inert={!current}
      data-state={state}
      data-fragment={fragment}
      data-fragments={slide.fragments}
      style={{
        width: slide.width,
        height: slide.height,
        transform: `translate(${x}px, ${y}px) scale(${scale})`,
      }}
    >
      <SlideView deck={deck} slide={slide} fragment={fragment} onNavigate={onNavigate} />
    </div>
  )
})
