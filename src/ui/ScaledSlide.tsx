/**
 * The one slide scaffold of the app: a box of the slide's logical size
 * (e.g. 1280×720) holding its `SlideView`, scaled with a CSS transform so text
 * stays crisp. The stage, the presenter view's previews and the overview's
 * thumbnails all show slides through it; `FittedSlide` fits one into the box
 * it is given.
 */
import { memo, useRef, type CSSProperties, type MouseEvent, type ReactNode } from 'react'
import type { Deck, Slide } from '../deck/index.ts'
import { SlideView } from '../render/index.ts'
import { useActions, useAppState } from '../state/index.ts'
import { lazyPart } from './lazy-part.tsx'
import { useSearchMark } from './use-search-mark.ts'
import { ShownDeckRoot } from './ShownDeckRoot.tsx'
import { fitBox, useElementSize } from './use-element-size.ts'

// Drawings and the laser come after the first paint: a fresh page has none to show.
const Drawings = lazyPart(() => import('./SlideMarks.tsx').then((module) => module.Drawings))
const LiveMarks = lazyPart(() => import('./SlideMarks.tsx').then((module) => module.LiveMarks))

/** Props of {@link ScaledSlide}. */
export interface ScaledSlideProps {
  deck: Deck
  slide: Slide
  /** Fragment steps shown (default all). */
  fragment?: number
  /** Scale and offset (CSS pixels) of the slide in its container. */
  scale: number
  x?: number
  y?: number
  /**
   * The slide's accessible name ("Slide 3 of 12: Intro"): the box is then a
   * group with role description "slide". Without one it is a picture only.
   */
  label?: string
  /** `current` is shown; `previous`/`next` are mounted but hidden (out of the accessibility tree and inert). */
  state?: 'current' | 'previous' | 'next'
  /** Called with a 0-based slide index when an in-deck link is followed. */
  onNavigate?: (index: number) => void
  className?: string
  /** The element (a `span` inside buttons; default `div`). */
  as?: 'div' | 'span'
  /**
   * What is drawn over the slide: its drawings, or (`live`, the slide being
   * presented) also the laser pointer, the zoom, the search mark, and the
   * mouse for drawing, pointing and Alt+click zooming. Default none.
   */
  marks?: 'drawings' | 'live'
}

/** A slide at a scale. */
export const ScaledSlide = memo(function ScaledSlide(props: ScaledSlideProps) {
  const { deck, slide, fragment, scale, x = 0, y = 0, label, state, onNavigate, className, marks } = props
  const Tag = props.as ?? 'div'
  const hidden = state !== undefined && state !== 'current'
  const style: CSSProperties = {
    width: slide.width,
    height: slide.height,
    transform: `translate(${x}px, ${y}px) scale(${scale})`,
  }
  const content = <SlideView deck={deck} slide={slide} fragment={fragment} onNavigate={onNavigate} />
  return (
    <Tag
      className={className}
      role={label ? 'group' : undefined}
      aria-roledescription={label ? 'slide' : undefined}
      aria-label={label}
      aria-hidden={hidden || undefined}
      inert={hidden || !label}
      data-state={state}
      data-fragment={fragment}
      data-fragments={slide.fragments}
      style={style}
    >
      <SlideLayer slide={slide} marks={marks}>
        {content}
      </SlideLayer>
    </Tag>
  )
})

/**
 * The slide with what is drawn over it. The same element whatever the marks,
 * so a slide that becomes the one presented is not mounted again; only then
 * is it zoomed around the point Alt+click chose, its search text marked, and
 * its live marks shown (the laser pointer, the mouse for drawing).
 */
function SlideLayer({
  slide,
  marks,
  children,
}: {
  slide: Slide
  marks: ScaledSlideProps['marks']
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const live = marks === 'live'
  const zoom = useAppState((state) => (live ? state.zoom : null))
  const mark = useAppState((state) =>
    live && state.searchMark?.slideIndex === slide.index ? state.searchMark.text : null,
  )
  const { setZoom } = useActions()
  useSearchMark(ref, mark)
  // Alt+click zooms 2× around the point, and back.
  const click = (event: MouseEvent<HTMLDivElement>) => {
    if (!live || !event.altKey) return
    event.preventDefault()
    event.stopPropagation()
    const box = event.currentTarget.getBoundingClientRect()
    setZoom(zoom ? null : { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height })
  }
  return (
    <div
      ref={ref}
      className="lectern-slide-layer"
      data-zoomed={zoom ? '' : undefined}
      style={zoom ? { transformOrigin: `${zoom.x * 100}% ${zoom.y * 100}%` } : undefined}
      onClickCapture={click}
    >
      {children}
      {live ? <LiveMarks slide={slide} /> : marks === 'drawings' ? <Drawings slide={slide} /> : null}
    </div>
  )
}

/** Props of {@link FittedSlide}. */
export type FittedSlideProps = Omit<ScaledSlideProps, 'scale' | 'x' | 'y'> & {
  /** Class of the box the slide is fitted into. */
  boxClassName: string
}

/**
 * A slide of the store's deck fitted (letterboxed) into a box that takes the
 * space its parent gives it, inside the deck's container.
 */
export function FittedSlide({ boxClassName, ...props }: FittedSlideProps) {
  const ref = useRef<HTMLDivElement>(null)
  const { scale, x, y } = fitBox(useElementSize(ref), props.slide)
  return (
    <div className={boxClassName} ref={ref}>
      <ShownDeckRoot deck={props.deck} className="lectern-deck">
        <ScaledSlide {...props} scale={scale} x={x} y={y} />
      </ShownDeckRoot>
    </div>
  )
}
