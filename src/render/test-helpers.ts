/** Helpers for the render tests: Markdown through the engine, then to static HTML. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createStore } from 'zustand/vanilla'
import { parseDeck, type Deck } from '../deck/index.ts'
import type { AssetResolver } from './asset-urls.ts'
import { RenderProvider } from './context.tsx'
import { ShownDeckContext } from './shown-deck.ts'
import { preparer } from './preparer.ts'
import { createRenderSlice } from './render-slice.ts'
import { createRenderer, type Renderer } from './renderer.ts'
import { renderSlideContent } from './slide-content.tsx'
import { SlideView, type SlideViewProps } from './slide-view.tsx'

/**
 * A renderer with its own render store, preparing decks as they are shown
 * (as on the page for decks opened at run time).
 */
export function testRenderer(): Renderer {
  return createRenderer(createStore(createRenderSlice), { preparer })
}

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

/** How the deck is shown in {@link slideHtml}. */
export interface ShownOptions {
  /** Whether the overflow guard is on (default true). */
  fit?: boolean
  /** The deck's asset resolver (default none). */
  assets?: AssetResolver | null
  /** The renderer (default a new one). */
  renderer?: Renderer
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
 * @param options
 *   How the deck is shown.
 */
export function slideHtml(
  deck: Deck,
  index: number,
  props: Partial<SlideViewProps> = {},
  options: ShownOptions = {},
): string {
  const slide = deck.slides[index]
  if (!slide) throw new Error(`Unexpected missing slide ${index}, expected one of ${deck.slides.length}`)
  const renderer = options.renderer ?? testRenderer()
  const shown = { deck, prepared: renderer.deck(deck), assets: options.assets ?? null, fit: options.fit ?? true }
  const view = createElement(SlideView, { deck, slide, ...props })
  const tree = createElement(RenderProvider, {
    renderer,
    children: createElement(ShownDeckContext, { value: shown, children: view }),
  })
  // React preloads images in server output; not part of the slide.
  return renderToStaticMarkup(tree).replace(/<link rel="preload"[^>]*>/g, '')
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
