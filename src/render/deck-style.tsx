/**
 * Deck CSS: the theme, the deck's `style` directive and global `<style>`
 * blocks, and each slide's `<style scoped>`, in Marp's order (spec §8.5),
 * all scoped under the deck container so they never style the app's UI.
 */
import { useMemo, type ComponentProps } from 'react'
import type { Deck, Slide } from '../deck/index.ts'
import { hasTheme, scopeCss, scopeSlideCss, themeCss } from './themes-api.ts'

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

/**
 * Which theme a deck is shown with.
 *
 * @param deck
 *   The deck.
 * @returns
 *   The requested theme when we have it, else `default`, and whether the
 *   request was unknown (so the presenter can say so).
 */
export function resolveTheme(deck: Deck): ThemeChoice {
  const requested = deck.meta.theme
  if (requested && hasTheme(requested)) return { name: requested, requested, unknown: false }
  return { name: 'default', requested, unknown: requested !== null }
}

/**
 * The key of a slide's scoped CSS (its sections carry
 * `data-marpit-scope-KEY`), or null when it has none. Deterministic, so
 * every view of a deck agrees.
 *
 * @param slide
 *   The slide.
 */
export function slideScopeKey(slide: Slide): string | null {
  return slide.scopedStyles.length > 0 ? `s${slide.id.padStart(7, '0')}` : null
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
  const container = deckContainer
  const size = deck.meta.size ?? undefined
  const imports: string[] = []
  const parts = [safely('the theme', () => themeCss(resolveTheme(deck).name, { container, ...(size ? { size } : {}) }))]
  const global = [deck.meta.style ?? '', ...deck.meta.styles].filter((css) => css.trim()).join('\n')
  if (global) parts.push(takeImports(safely('the deck styles', () => scopeCss(global, { container })), imports))
  for (const slide of deck.slides) {
    const scope = slideScopeKey(slide)
    if (!scope) continue
    const scoped = safely(`slide ${slide.id} styles`, () => scopeSlideCss(slide.scopedStyles.join('\n'), { container, scope }))
    parts.push(takeImports(scoped, imports))
  }
  // `@import` must come before any rule. A `</style>` in deck CSS must not
  // end our element (CSS reads `<\/` as `</`).
  const css = [...imports, ...parts]
    .filter(Boolean)
    .join('\n')
    .replace(/<\/(style)/gi, '<\\/$1')
  cssCache.set(deck, css)
  return css
}

/**
 * The deck's CSS as a `<style>` element. Place it inside a
 * `[data-lectern-deck]` element that holds the slides, or use `DeckRoot`.
 *
 * @param props.deck
 *   The deck.
 */
export function DeckStyle({ deck }: { deck: Deck }) {
  const css = useMemo(() => deckCss(deck), [deck])
  return <style data-lectern-deck-style="">{css}</style>
}

export interface DeckRootProps extends ComponentProps<'div'> {
  /** The deck whose slides are inside. */
  deck: Deck
}

/**
 * The container of a deck's slides: `<div data-lectern-deck data-theme=…>`
 * with the deck's CSS. Put `SlideView`s anywhere inside.
 *
 * @param props
 *   `deck`, and any `div` props.
 */
export function DeckRoot({ deck, children, ...props }: DeckRootProps) {
  return (
    <div {...props} data-lectern-deck="" data-theme={resolveTheme(deck).name}>
      <DeckStyle deck={deck} />
      {children}
    </div>
  )
}
