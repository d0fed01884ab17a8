/**
 * Rendering: prepared Deck slides to Marp-shaped React elements.
 *
 * Only light modules are exported here; the pipeline that prepares decks
 * (engine, HTML parser, sanitiser, CSS scoper) is `preparer.ts`, loaded on
 * demand so the page's first JavaScript stays small.
 */
export { SlideView, prewarmSlides } from './slide-view.tsx'
export type { SlideViewProps } from './slide-view.tsx'
export { DeckRoot, DeckStyle } from './deck-style.tsx'
export type { DeckRootProps } from './deck-style.tsx'
export {
  adoptPrepared,
  cssLeftOut,
  deckContainer,
  installPreparer,
  preparedDeck,
  resolveTheme,
  slideScopeKey,
} from './prepared.ts'
export type { PreparedDeck, PreparedSlide, Preparer, ThemeChoice } from './prepared.ts'
export { sectionProps } from './section-attributes.ts'
export type { SectionLayer, SectionOptions, SectionProps } from './section-attributes.ts'
export { deckNeeds, loadExtrasFor, loadHighlight, loadMath, loadedExtras, useRenderExtras } from './extras.ts'
export { cleanUrl } from './urls.ts'
export type { UrlKind } from './urls.ts'
