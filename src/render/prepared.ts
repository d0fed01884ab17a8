/**
 * What rendering needs of a deck, prepared ahead: each slide's safe hast
 * (sanitised body, header, footer), the deck's scoped CSS, its theme, and
 * whether it has math or code.
 *
 * This module is light: it only holds prepared data. The heavy pipeline
 * (the engine, raw HTML parsing, sanitising, CSS scoping) lives in
 * `preparer.ts`, which bundled decks run at build time (see
 * scripts/vite-plugin-prepared-decks.ts) and other decks load on demand. So
 * the page's first JavaScript holds no parser at all.
 */
import type { Root as HastRoot } from 'hast'
import type { Deck, Slide } from '../deck/types.ts'

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

/** A slide's content as safe hast, before the optional math and code stages. */
export interface PreparedSlide {
  body: HastRoot
  header: HastRoot | null
  footer: HastRoot | null
}

/** Deck-wide prepared data. */
export interface PreparedDeck {
  /** All the deck's CSS, scoped under {@link deckContainer}. */
  css: string
  /**
   * URLs of stylesheets the deck's CSS or its theme imported and that were
   * left out (a sheet imported by URL cannot be scoped); absent in decks
   * prepared before this was recorded.
   */
  refusedImports?: string[]
  /** Whether some of the deck's rules were left out: nested too deep, or too many. */
  cssCut?: boolean
  theme: ThemeChoice
  /** Whether the deck has math, and fenced code with a language. */
  needs: { math: boolean; code: boolean }
}

/** Prepares what was not prepared ahead (installed by `preparer.ts`). */
export interface Preparer {
  slide(slide: Slide): PreparedSlide
  deck(deck: Deck): PreparedDeck
}

const slides = new WeakMap<Slide, PreparedSlide>()
const decks = new WeakMap<Deck, PreparedDeck>()
let preparer: Preparer | null = null

/** Install the pipeline for decks that were not prepared ahead. */
export function installPreparer(next: Preparer): void {
  preparer = next
}

/** Take a deck prepared ahead (at build time): its slides need no pipeline. */
export function adoptPrepared(deck: Deck, prepared: PreparedDeck & { slides: PreparedSlide[] }): void {
  const { slides: parts, ...rest } = prepared
  decks.set(deck, rest)
  deck.slides.forEach((slide, index) => {
    const part = parts[index]
    if (part) slides.set(slide, part)
  })
}

function need(): Preparer {
  if (!preparer)
    throw new Error('Unexpected deck that was not prepared, expected `installPreparer` or `adoptPrepared` first')
  return preparer
}

/** A slide's prepared content (prepared now, once, if it was not ahead). */
export function preparedSlide(slide: Slide): PreparedSlide {
  let part = slides.get(slide)
  if (!part) {
    part = need().slide(slide)
    slides.set(slide, part)
  }
  return part
}

/** A deck's prepared CSS, theme and needs. */
export function preparedDeck(deck: Deck): PreparedDeck {
  let prepared = decks.get(deck)
  if (!prepared) {
    prepared = need().deck(deck)
    decks.set(deck, prepared)
  }
  return prepared
}

/**
 * What of the deck's CSS was left out: the stylesheets its theme or CSS
 * imported that could not be scoped, and whether rules were cut (nested too
 * deep, or too many).
 */
export function cssLeftOut(deck: Deck): { imports: readonly string[]; cut: boolean } {
  const prepared = preparedDeck(deck)
  return { imports: prepared.refusedImports ?? [], cut: prepared.cssCut ?? false }
}

/** Which theme a deck is shown with: the requested one when we have it, else `default`. */
export function resolveTheme(deck: Deck): ThemeChoice {
  return preparedDeck(deck).theme
}

/**
 * The key of a slide's scoped CSS (its sections carry
 * `data-marpit-scope-KEY`), or null when it has none. Deterministic, so
 * every view of a deck agrees.
 */
export function slideScopeKey(slide: Slide): string | null {
  return slide.scopedStyles.length > 0 ? `s${slide.id.padStart(7, '0')}` : null
}
