/**
 * Themes: Marp-format theme CSS, its metadata, and its scoping to our slides.
 * CONTRACT (kept stable for src/render and src/present).
 */
export {
  builtInThemeNames,
  getTheme,
  hasTheme,
  registerTheme,
  themeCss,
  themeSheet,
  unregisterTheme,
} from './registry.ts'
export type { Theme, ThemeCssOptions } from './registry.ts'
export { joinScoped, scopeCss, scopeCssParts, scopeSlideCss, scopeSlideCssParts } from './scope-css.ts'
export type { ScopeCssOptions, ScopedCss, ScopeSlideCssOptions, ThemeResolver } from './scope-css.ts'
export { inlineImports, isFontService } from './css-imports.ts'
export { cssBudget } from './limits.ts'
export type { CssBudget } from './limits.ts'
export { scaffoldCss } from './scaffold.ts'
export type { ScaffoldCssOptions } from './scaffold.ts'
export { readThemeMeta } from './theme-meta.ts'
export type { ThemeMeta } from './theme-meta.ts'
