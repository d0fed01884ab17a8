/**
 * Deck CSS: the theme, the deck's `style` directive and global `<style>`
 * blocks, and each slide's `<style scoped>`, in Marp's order,
 * all scoped under the deck container so they never style the app's UI.
 *
 * Notes: this needs the CSS scoper (postcss), so it runs where decks are
 * prepared (preparer.ts), never on the page's first load. No `@import` is
 * found by its text: the scoper hands the kept ones over (see src/themes).
 */
import type { Deck } from '../deck/index.ts'
import { deckContainer, slideScopeKey, type ThemeChoice } from './prepared.ts'
import { cssBudget, hasTheme, scopeCss, scopeSlideCss, themeCss, type ScopedCss } from './themes-api.ts'

/**
 * Which theme a deck is shown with.
 *
 * @param deck
 *   The deck.
 * @returns
 *   The requested theme when we have it, else `default`, and whether the
 *   request was unknown (so the presenter can say so).
 */
export function chooseTheme(deck: Deck): ThemeChoice {
  const requested = deck.meta.theme
  if (requested && hasTheme(requested)) return { name: requested, requested, unknown: false }
  return { name: 'default', requested, unknown: requested !== null }
}

const nothing: ScopedCss = { imports: [], css: '', refused: [] }

function safely(what: string, run: () => ScopedCss): ScopedCss {
  try {
    return run()
  } catch (error) {
    console.error(`Unexpected error scoping ${what}, expected CSS; it is left out`, error)
    return nothing
  }
}

/** A deck's CSS, and the stylesheets it or its theme imported that were left out. */
export interface DeckSheet {
  /** CSS text, safe to put inside a `<style>` element. */
  css: string
  /** URLs of stylesheets imported by the theme or the deck and left out: they could not be scoped. */
  refused: string[]
  /** Whether some of the deck's rules were left out: nested too deep, or too many for one deck. */
  cut: boolean
}

const sheetCache = new WeakMap<Deck, DeckSheet>()

/**
 * All CSS of a deck, scoped under {@link deckContainer}.
 *
 * @param deck
 *   The deck.
 * @returns
 *   CSS text, safe to put inside a `<style>` element.
 */
export function deckCss(deck: Deck): string {
  return deckSheet(deck).css
}

/** {@link deckCss}, with the imports left out. */
export function deckSheet(deck: Deck): DeckSheet {
  let sheet = sheetCache.get(deck)
  if (!sheet) sheetCache.set(deck, (sheet = buildDeckSheet(deck, chooseTheme(deck).name)))
  return sheet
}

const themedCache = new WeakMap<Deck, Map<string, string>>()

/**
 * All CSS of a deck shown in another theme (the theme picker): the deck's
 * own styles on top of that theme.
 *
 * @returns
 *   CSS text, or null when no such theme is registered.
 */
export function themedDeckCss(deck: Deck, theme: string): string | null {
  if (!hasTheme(theme)) return null
  let byTheme = themedCache.get(deck)
  if (!byTheme) themedCache.set(deck, (byTheme = new Map()))
  let css = byTheme.get(theme)
  if (css === undefined) byTheme.set(theme, (css = buildDeckSheet(deck, theme).css))
  return css
}

/**
 * The theme, then the deck's `style` and global `<style>` blocks, then each
 * slide's `<style scoped>`; the imports kept (font services) go first, as CSS
 * wants them.
 */
function buildDeckSheet(deck: Deck, theme: string): DeckSheet {
  const container = deckContainer
  const size = deck.meta.size ?? undefined
  const parts = [safely('the theme', () => themeCss(theme, { container, ...(size ? { size } : {}) }))]
  // One budget for all the deck's own CSS: scoping time stays bounded, however many slides.
  const budget = cssBudget()
  const global = [deck.meta.style ?? '', ...deck.meta.styles].filter((css) => css.trim()).join('\n')
  if (global) parts.push(safely('the deck styles', () => scopeCss(global, { container, budget })))
  for (const slide of deck.slides) {
    const scope = slideScopeKey(slide)
    if (!scope) continue
    parts.push(
      safely(`slide ${slide.id} styles`, () =>
        scopeSlideCss(slide.scopedStyles.join('\n'), { container, scope, budget }),
      ),
    )
  }
  const imports = new Set(parts.flatMap((part) => part.imports))
  // A `</style>` in deck CSS must not end our element (CSS reads `<\/` as `</`).
  const css = [...imports, ...parts.map((part) => part.css)]
    .filter(Boolean)
    .join('\n')
    .replace(/<\/(style)/gi, '<\\/$1')
  return { css, refused: [...new Set(parts.flatMap((part) => part.refused))], cut: parts.some((part) => part.cut) }
}
