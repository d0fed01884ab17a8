/**
 * Deck CSS: the theme, the deck's `style` directive and global `<style>`
 * blocks, and each slide's `<style scoped>`, in Marp's order (theme first),
 * all scoped under the deck container so they never style the app's UI.
 *
 * Notes: this needs the CSS scoper (postcss), so it runs where decks are
 * prepared (preparer.ts), never on the page's first load.
 */
import type { Deck } from '../deck/index.ts'
import { deckContainer, slideScopeKey, type ThemeChoice } from './prepared.ts'
import { hasTheme, scopeCss, scopeSlideCss, themeCss } from './themes-api.ts'

/**
 * Which theme a deck is shown with.
 *
 * @param deck
 *   The deck.
 * @returns
 *   The requested theme when we have it, else `default`, and whether the
 *   request was unknown (so the app can say so).
 */
export function chooseTheme(deck: Deck): ThemeChoice {
  const requested = deck.meta.theme
  if (requested && hasTheme(requested)) return { name: requested, requested, unknown: false }
  return { name: 'default', requested, unknown: requested !== null }
}

function safely(what: string, run: () => string): string {
  try {
    return run()
  } catch (error) {
    console.error(`Unexpected error scoping ${what}, expected CSS; it is left out`, error)
    return ''
  }
}

const cssCache = new WeakMap<Deck, string>()

/** Font services whose stylesheets only declare fonts: the one kind of `@import` a deck may keep. */
const fontHosts = /^(?:url\(\s*)?["']?https:\/\/(?:fonts\.googleapis\.com|fonts\.bunny\.net)\//i

/**
 * Take the `@import` rules out of scoped deck CSS: an imported stylesheet
 * would not be scoped. Font services are kept, to go first in the page's CSS.
 */
function takeImports(css: string, imports: string[]): string {
  return css.replace(/@import\s+([^;]*);?/gi, (_, target: string) => {
    if (fontHosts.test(target.trim())) imports.push(`@import ${target.trim()};`)
    return ''
  })
}

/**
 * All CSS of a deck, scoped under {@link deckContainer}.
 *
 * @param deck
 *   The deck.
 * @returns
 *   CSS text, safe to put inside a `<style>` element.
 */
export function deckCss(deck: Deck): string {
  const cached = cssCache.get(deck)
  if (cached !== undefined) return cached
  const css = buildDeckCss(deck, chooseTheme(deck).name)
  cssCache.set(deck, css)
  return css
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
  if (css === undefined) byTheme.set(theme, (css = buildDeckCss(deck, theme)))
  return css
}

function buildDeckCss(deck: Deck, theme: string): string {
  const container = deckContainer
  const size = deck.meta.size ?? undefined
  const imports: string[] = []
  const parts = [safely('the theme', () => themeCss(theme, { container, ...(size ? { size } : {}) }))]
  const global = [deck.meta.style ?? '', ...deck.meta.styles].filter((css) => css.trim()).join('\n')
  if (global)
    parts.push(
      takeImports(
        safely('the deck styles', () => scopeCss(global, { container })),
        imports,
      ),
    )
  for (const slide of deck.slides) {
    const scope = slideScopeKey(slide)
    if (!scope) continue
    const scoped = safely(`slide ${slide.id} styles`, () =>
      scopeSlideCss(slide.scopedStyles.join('\n'), { container, scope }),
    )
    parts.push(takeImports(scoped, imports))
  }
  // `@import` must come before any rule. A `</style>` in deck CSS must not
  // end our element (CSS reads `<\/` as `</`).
  const css = [...imports, ...parts]
    .filter(Boolean)
    .join('\n')
    .replace(/<\/(style)/gi, '<\\/$1')
  return css
}
