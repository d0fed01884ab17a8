/**
 * The theme registry (`src/themes`) as deck preparation uses it: our own
 * scaffold (scaffold.css) lays out slides, so themes come without theirs,
 * and deck CSS may not inline registered themes with `@import`.
 */
import {
  getTheme,
  hasTheme,
  scopeCssParts as scopeThemeCss,
  scopeSlideCssParts as scopeThemeSlideCss,
  themeSheet as registryThemeSheet,
  type CssBudget,
  type ScopedCss,
} from '../themes/index.ts'

export { hasTheme }
export { cssBudget } from '../themes/index.ts'
export type { CssBudget, ScopedCss }

/** Registered themes' CSS by name, so deck CSS can drop `@import 'gaia'`. */
const imports = (name: string) => getTheme(name)?.css

/** A theme's CSS, scoped under the container. */
export function themeCss(name: string, options: { container: string; size?: string }): ScopedCss {
  return registryThemeSheet(name, { ...options, scaffold: false })
}

/** Deck CSS (`style` directive, global `<style>`), scoped under the container. */
export function scopeCss(css: string, options: { container: string; budget?: CssBudget }): ScopedCss {
  return scopeThemeCss(css, { ...options, imports, inlineImports: false })
}

/** One slide's scoped CSS, limited to sections carrying its scope attribute. */
export function scopeSlideCss(
  css: string,
  options: { container: string; scope: string; budget?: CssBudget },
): ScopedCss {
  return scopeThemeSlideCss(css, { ...options, imports })
}
