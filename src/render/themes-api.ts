/**
 * The theme registry as rendering uses it (`src/themes`, owned elsewhere).
 *
 * Notes: the registry's CSS functions are still being written. Until a
 * function exists there, a simple fallback stands in: no theme CSS, and a
 * plain selector prefixer for deck CSS, so deck CSS can never reach the
 * app's own UI either way.
 */
import * as themes from '../themes/index.ts'

/** Options naming the element that contains the deck's slides. */
export interface ScopeOptions {
  /** Selector of the deck container, e.g. `[data-lectern-deck]`. */
  container: string
}

/** Options for one slide's `<style scoped>` CSS. */
export interface SlideScopeOptions extends ScopeOptions {
  /** The slide's scope key: its sections carry `data-marpit-scope-KEY`. */
  scope: string
}

/** Options for a theme's CSS. */
export interface ThemeOptions extends ScopeOptions {
  /** The deck's size preset (`4:3`). */
  size?: string
}

/** Registered themes' CSS by name, so deck CSS can drop `@import 'gaia'`. */
type ThemeResolver = (name: string) => string | undefined

/** The functions we expect from `src/themes/index.ts`. */
interface ThemesApi {
  hasTheme(name: string): boolean
  getTheme(name: string): { css: string } | undefined
  themeCss(name: string, options: ThemeOptions & { scaffold?: boolean }): string
  scopeCss(css: string, options: ScopeOptions & { imports?: ThemeResolver; inlineImports?: boolean }): string
  scopeSlideCss(css: string, options: SlideScopeOptions & { imports?: ThemeResolver }): string
}

const registry = themes as unknown as Partial<ThemesApi>

/** Whether a theme of this name is available. */
export function hasTheme(name: string): boolean {
  return registry.hasTheme ? registry.hasTheme(name) : name === 'default'
}

/** A theme's CSS, scoped under the container ('' until the registry provides it). */
export function themeCss(name: string, options: ThemeOptions): string {
  // Our own scaffold (src/render/scaffold.css) lays out the slides.
  return registry.themeCss ? registry.themeCss(name, { ...options, scaffold: false }) : ''
}

const imports: ThemeResolver = (name) => registry.getTheme?.(name)?.css

/** Deck CSS (`style` directive, global `<style>`), scoped under the container. */
export function scopeCss(css: string, options: ScopeOptions): string {
  return registry.scopeCss
    ? registry.scopeCss(css, { ...options, imports, inlineImports: false })
    : prefixSelectors(css, `${options.container} section`)
}

/** One slide's scoped CSS, limited to sections carrying its scope attribute. */
export function scopeSlideCss(css: string, options: SlideScopeOptions): string {
  return registry.scopeSlideCss
    ? registry.scopeSlideCss(css, { ...options, imports })
    : prefixSelectors(css, `${options.container} section[data-marpit-scope-${options.scope}]`)
}

/**
 * Fallback scoping: put `slide` before every selector of every top-level
 * rule (`section`, `:root`, `html` and `body` become the slide itself) and
 * drop at-rules, which could import or style the page.
 */
function prefixSelectors(css: string, slide: string): string {
  const out: string[] = []
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const rule = /([^{}@;]+)\{([^{}]*)\}|@[^{};]*(?:;|\{(?:[^{}]*\{[^{}]*\})*[^{}]*\})/g
  for (const match of text.matchAll(rule)) {
    const [, selectors, body] = match
    if (selectors === undefined || body === undefined) continue
    const scoped = selectors
      .split(',')
      .map((selector) => selector.trim())
      .filter(Boolean)
      .map((selector) => {
        const self = /^(?::root|html|body|section)\b/.exec(selector)
        return self ? `${slide}${selector.slice(self[0].length)}` : `${slide} ${selector}`
      })
    if (scoped.length > 0) out.push(`${scoped.join(',')}{${body}}`)
  }
  return out.join('\n')
}
