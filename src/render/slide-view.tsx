/**
 * One slide as Marp shapes it: a `<section>` at the slide's logical size
 * (e.g. 1280×720), unscaled; the presenter scales it to the window.
 *
 * CONTRACT (kept stable for src/present): props and the DOM shape below.
 * The internals are being completed (Marp attributes, header/footer,
 * backgrounds, sanitised raw HTML, math, code, fragments).
 */
import type { Deck, Slide } from '../deck/index.ts'
import { renderSlideContent } from './slide-content.tsx'

export interface SlideViewProps {
  deck: Deck
  slide: Slide
  /** How many fragment steps are shown (0 … slide.fragments). Default: all. */
  fragment?: number
  /**
   * Called when a link inside the slide (body, header or footer) points into
   * the deck (`#3`, `#slug`, `#heading text`), with the target's 0-based index.
   */
  onNavigate?: (index: number) => void
}

/** The slide's `<section>`, `slide.width` × `slide.height` CSS pixels. */
export function SlideView({ slide }: SlideViewProps) {
  return (
    <section id={slide.id} style={{ width: slide.width, height: slide.height, overflow: 'hidden', position: 'relative' }}>
      {renderSlideContent(slide.tree)}
    </section>
  )
}
