/**
 * Rendering: Deck slides to Marp-shaped React elements.
 *
 * Only light modules are exported here; the pipeline that prepares decks
 * (engine, HTML parser, sanitiser, CSS scoper) is `preparer.ts`, which the
 * renderer loads on demand, so the page's first JavaScript stays small.
 * Build-time tools import `preparer.ts` directly.
 */
import { lazy } from 'react'

export { SlideView } from './slide-view.tsx'
export type { SlideViewProps } from './slide-view.tsx'
export { DeckRoot } from './deck-style.tsx'
export type { DeckRootProps } from './deck-style.tsx'
export { useShownDeck } from './shown-deck.ts'
export type { ShownDeck } from './shown-deck.ts'
export { RenderProvider, useRenderer, useRenderState } from './context.tsx'
export { createRenderer } from './renderer.ts'
export type { Renderer, RendererOptions } from './renderer.ts'
export { createRenderSlice, freshRenderState, stagesSettled } from './render-slice.ts'
export type { ImageStatus, RenderSlice, RenderStages, StageNeeds, ThemedCss } from './render-slice.ts'
export type { StageName } from './stage-modules.ts'
export { deckContainer, slideScopeKey } from './prepared.ts'
export type { PreparedDeck, PreparedSlide, PreparedWhole, Preparer, ThemeChoice } from './prepared.ts'
export { sectionProps } from './section-attributes.ts'
export type { SectionLayer, SectionOptions, SectionProps } from './section-attributes.ts'
export { assetUrl } from './asset-urls.ts'
export type { AssetResolver } from './asset-urls.ts'
export { cleanUrl } from './urls.ts'
export type { UrlKind } from './urls.ts'
export { PresentedSlideContext } from './presented-slide.ts'
export { fitPercent } from './fit-maths.ts'
export { sectionOverflows } from './fit-content.ts'
export { pickableThemes } from './theme-names.ts'

/** Notes as formatted text (Markdown through the slides' sanitiser); its code loads when first shown. */
export const NotesText = lazy(() => import('./notes-text.tsx'))
export type { NotesTextProps } from './notes-text.tsx'
