/**
 * What rendering needs of a deck, prepared ahead: each slide's safe hast
 * (sanitised body, header, footer), the deck's scoped CSS, its theme, and
 * whether it has math or code.
 *
 * This module only names the data. The heavy pipeline that makes it (the
 * engine, raw HTML parsing, sanitising, CSS scoping) is `preparer.ts`, which
 * bundled decks run at build time (scripts/vite-plugin-prepared-decks.ts)
 * and the renderer loads on demand for other decks. So the page's first
 * JavaScript holds no parser at all.
 */
import type { Root as HastRoot } from 'hast'
import type { Deck, Slide } from '../deck/index.ts'
import type { StageNeeds } from './render-slice.ts'

/** Selector of the element that holds a deck's slides. */
export const deckContainer = '[data-lectern-deck]'

/** The theme a deck is shown with. */
export interface ThemeChoice {
  /** Theme in use. */
  name: string
  /** Theme the deck asked for (`theme` directive), or null. */
  requested: string | null
  /** Whether the deck asked for a theme we do not have (then `default` is used). */
  unknown: boolean
}

/** A slide's content as safe hast, before the optional math, diagram and code stages. */
export interface PreparedSlide {
  body: HastRoot
  header: HastRoot | null
  footer: HastRoot | null
}

/** Deck-wide prepared data. */
export interface PreparedDeck {
  /** All the deck's CSS, scoped under {@link deckContainer}; empty when it is in the page's {@link sheet}. */
  css: string
  /**
   * Set when the deck's CSS is in the page's own stylesheet (a bundled deck
   * prepared at build time, so its first slide is styled at first paint),
   * scoped under `[data-lectern-deck="SHEET"]`: the value its container takes.
   */
  sheet?: string | undefined
  /**
   * URLs of stylesheets the deck's CSS or its theme imported and that were
   * left out (a sheet imported by URL cannot be scoped); absent in decks
   * prepared before this was recorded.
   */
  refusedImports?: string[]
  /** Whether some of the deck's rules were left out: nested too deep, or too many. */
  cssCut?: boolean
  theme: ThemeChoice
  /** Its math's library (null: no math), whether it has fenced code with a language, and diagrams. */
  needs: StageNeeds
}

/** A deck prepared whole, ahead of the page (build time, the PDF exporter). */
export type PreparedWhole = PreparedDeck & { slides: PreparedSlide[] }

/** The heavy pipeline (`preparer.ts`), as the renderer calls it. */
export interface Preparer {
  slide(slide: Slide): PreparedSlide
  deck(deck: Deck): PreparedDeck
  /** The deck's CSS on top of another theme, or null when there is no such theme. */
  themedCss(deck: Deck, theme: string): string | null
  /**
   * Prepare a small sample deck in `theme` and forget it: the theme's scoped CSS is kept, and the pipeline's
   * code has run once, so the first deck opened in that theme waits for neither.
   */
  warm(theme: string): void
}

/**
 * The key of a slide's scoped CSS (its sections carry
 * `data-marpit-scope-KEY`), or null when it has none. Deterministic, so
 * every view of a deck agrees.
 */
export function slideScopeKey(slide: Slide): string | null {
  return slide.scopedStyles.length > 0 ? `s${slide.id.padStart(7, '0')}` : null
}
