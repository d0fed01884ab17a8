/** Helpers for the render tests: Markdown through the engine, then to static HTML. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { parseDeck, type Deck } from '../deck/index.ts'
import { renderSlideContent } from './slide-content.tsx'
import { enablePreparer } from './preparer.ts'
import { SlideView, type SlideViewProps } from './slide-view.tsx'

// Decks in these tests are prepared as they are shown, as on the page for decks opened at run time.
enablePreparer()

/**
 * The body of a deck's first slide (engine tree, sanitised) as HTML.
 *
 * @param markdown
 *   A deck.
 */
export function bodyHtml(markdown: string): string {
  const slide = parseDeck(markdown).slides[0]
  if (!slide) throw new Error('Unexpected deck without slides')
  return renderToStaticMarkup(renderSlideContent(slide.tree))
}

/**
 * One slide of a deck as `SlideView` renders it.
 *
 * @param deck
 *   The deck (from `parseDeck`).
 * @param index
 *   0-based slide index.
 * @param props
 *   More `SlideView` props (`fragment`).
 */
export function slideHtml(deck: Deck, index: number, props: Partial<SlideViewProps> = {}): string {
  const slide = deck.slides[index]
  if (!slide) throw new Error(`Unexpected missing slide ${index}, expected one of ${deck.slides.length}`)
  // React preloads images in server output; not part of the slide.
  return renderToStaticMarkup(createElement(SlideView, { deck, slide, ...props })).replace(
    /<link rel="preload"[^>]*>/g,
    '',
  )
}

/**
 * The opening tag of the section(s) of a rendered slide.
 *
 * @param html
 *   From {@link slideHtml}.
 */
export function sectionTags(html: string): string[] {
  return html.match(/<section[^>]*>/g) ?? []
}
