/**
 * The theme registry: the built-in themes plus themes registered at run time,
 * by name, with their sizes and their CSS scoped for a container.
 */
import defaultCss from './default.css?raw'
import gaiaCss from './gaia.css?raw'
import uncoverCss from './uncover.css?raw'
import amBlueCss from './am_blue.css?raw'
import amBrownCss from './am_brown.css?raw'
import amDarkCss from './am_dark.css?raw'
import amGreenCss from './am_green.css?raw'
import amPurpleCss from './am_purple.css?raw'
import amRedCss from './am_red.css?raw'
import { awesomeTemplateCss } from './awesome/template.ts'
import { scaffoldCss } from './scaffold.ts'
import { joinScoped, scopeCss, scopeCssParts, type ScopedCss } from './scope-css.ts'
import { defaultSlideSize, readThemeMeta, type ThemeMeta } from './theme-meta.ts'

/** A theme, ready to use. */
export interface Theme {
  /** The `@theme` name. */
  readonly name: string
  /** The CSS as written (Marp format, not scoped, imports not resolved). */
  readonly css: string
  /** Size presets (`16:9` → `[1280, 720]`), including those inherited through imports. */
  readonly sizes: Readonly<Record<string, readonly [number, number]>>
  /** Slide width in CSS pixels (declared, inherited, or 1280). */
  readonly width: number
  /** Slide height in CSS pixels (declared, inherited, or 720). */
  readonly height: number
}

export interface ThemeCssOptions {
  /** Selector of the element that holds the deck's slides, e.g. `[data-lectern-deck]`. */
  container: string
  /** A size preset of the theme (the deck's `size` directive); unknown names are ignored. */
  size?: string
  /** Whether to start with the scaffold (slide box, page number, background layers). Default `true`. */
  scaffold?: boolean
}

/** Names of the themes that ship with Lectern, as a theme picker lists them. */
export const builtInThemeNames = [
  'default',
  'gaia',
  'uncover',
  'am_blue',
  'am_green',
  'am_red',
  'am_dark',
  'am_brown',
  'am_purple',
] as const

const builtInCss: Record<(typeof builtInThemeNames)[number] | 'am_template', string> = {
  default: defaultCss,
  gaia: gaiaCss,
  uncover: uncoverCss,
  am_blue: amBlueCss,
  am_green: amGreenCss,
  am_red: amRedCss,
  am_dark: amDarkCss,
  am_brown: amBrownCss,
  am_purple: amPurpleCss,
  // The Awesome themes' shared layout; usable by name, but not listed.
  am_template: awesomeTemplateCss,
}

interface Entry {
  readonly css: string
  readonly meta: ThemeMeta
}

// Metadata read when a theme is first used: reading all at start-up parses ~80 KB of CSS.
const builtIns = new Map<string, Entry>(Object.entries(builtInCss).map(([name, css]) => [name, lazyEntry(css)]))
const registered = new Map<string, Entry>()
const resolvedCache = new Map<string, Theme>()
const cssCache = new Map<string, ScopedCss>()

function lazyEntry(css: string): Entry {
  let meta: ThemeMeta | undefined
  return {
    css,
    get meta() {
      return (meta ??= readThemeMeta(css))
    },
  }
}

function entryOf(name: string): Entry | undefined {
  return registered.get(name) ?? builtIns.get(name)
}

/** Whether a theme of this name is available (built in, or registered). */
export function hasTheme(name: string): boolean {
  return entryOf(name) !== undefined
}

/**
 * A theme by name.
 *
 * @param name
 *   The `@theme` name, e.g. `gaia`.
 * @returns
 *   The theme, or `undefined` when none has this name.
 */
export function getTheme(name: string): Theme | undefined {
  const cached = resolvedCache.get(name)
  if (cached) return cached
  const theme = resolveTheme(name, [])
  if (theme) resolvedCache.set(name, theme)
  return theme
}

/**
 * Register a theme (a user's theme CSS), replacing any theme of the same name.
 *
 * @param css
 *   Marp-format theme CSS with a `@theme NAME` comment.
 * @returns
 *   The registered theme.
 * @throws
 *   When the CSS has no `@theme` name.
 */
export function registerTheme(css: string): Theme {
  const meta = readThemeMeta(css)
  if (!meta.name) throw new Error('Unexpected theme CSS without a name, expected a `/*! @theme NAME */` comment')
  registered.set(meta.name, { css, meta })
  resolvedCache.clear()
  cssCache.clear()
  const theme = getTheme(meta.name)
  if (!theme) throw new Error(`Unexpected missing theme \`${meta.name}\` right after registering it`)
  return theme
}

/**
 * Remove a registered theme (a built-in theme it replaced comes back).
 *
 * @param name
 *   The theme's name.
 * @param css
 *   Only when it is still this CSS (not since registered again by another deck).
 * @returns
 *   Whether a registered theme of this name was removed.
 */
export function unregisterTheme(name: string, css?: string): boolean {
  if (css !== undefined && registered.get(name)?.css !== css) return false
  const removed = registered.delete(name)
  if (removed) {
    resolvedCache.clear()
    cssCache.clear()
  }
  return removed
}

/**
 * A theme's CSS scoped for the page: its kept imports (font services), the
 * scaffold, imported themes, then the theme.
 *
 * @param name
 *   The theme name; an unknown name falls back to `default`, as in Marp.
 * @param options
 *   Container selector, optional size preset, scaffold switch.
 * @returns
 *   CSS to inject once per deck.
 */
export function themeCss(name: string, options: ThemeCssOptions): string {
  return joinScoped(themeSheet(name, options))
}

/**
 * {@link themeCss} in its parts: the imports to put first in the page's CSS,
 * the scoped CSS, and the URLs of imports left out (they cannot be scoped).
 */
export function themeSheet(name: string, options: ThemeCssOptions): ScopedCss {
  const themeName = hasTheme(name) ? name : 'default'
  const theme = getTheme(themeName)
  if (!theme) return { imports: [], css: '', refused: [] }
  const preset = options.size === undefined ? undefined : theme.sizes[options.size]
  const [width, height] = preset ?? [theme.width, theme.height]
  const scoped = scopedTheme(theme, options.container)
  const parts = [
    options.scaffold === false ? '' : scaffoldCss({ container: options.container, width, height }),
    scoped.css,
    // A size preset overrides the theme's own slide size, as Marp's `size` directive does.
    preset ? scopeCss(`section { width: ${width}px; height: ${height}px; }`, { container: options.container }) : '',
  ]
  return { ...scoped, css: parts.filter(Boolean).join('\n') }
}

/** The theme's own CSS scoped (imports resolved): the costly part of {@link themeCss}, kept. */
function scopedTheme(theme: Theme, container: string): ScopedCss {
  const key = JSON.stringify([theme.name, container])
  let scoped = cssCache.get(key)
  if (scoped === undefined) {
    scoped = scopeCssParts(theme.css, { container, imports: themeSource, name: theme.name })
    cssCache.set(key, scoped)
  }
  return scoped
}

/**
 * Every built-in theme's CSS scoped for a container: worked out when the PDF
 * exporter is built and handed back to it with {@link adoptScopedThemes}, so
 * an export does not scope ~50 KB of theme CSS each time (~0.07 s).
 */
export function scopeBuiltInThemes(container: string): Record<string, string> {
  return Object.fromEntries(
    Object.keys(builtInCss).map((name) => [
      JSON.stringify([name, container]),
      joinScoped(scopedTheme(getTheme(name)!, container)),
    ]),
  )
}

/**
 * Take CSS from {@link scopeBuiltInThemes} as if worked out here (not once a
 * theme is registered: it may change them). Built-in themes import no
 * stylesheets, so the CSS is all there is.
 */
export function adoptScopedThemes(scoped: Readonly<Record<string, string>>): void {
  if (registered.size > 0) return
  for (const [key, css] of Object.entries(scoped)) cssCache.set(key, { imports: [], css, refused: [] })
}

function themeSource(name: string): string | undefined {
  return entryOf(name)?.css
}

/** Sizes and slide size, merged over the themes this one imports (cycle-safe). */
function resolveTheme(name: string, stack: readonly string[]): Theme | undefined {
  const entry = entryOf(name)
  if (!entry) return undefined
  const sizes: Record<string, readonly [number, number]> = {}
  let width: number | undefined
  let height: number | undefined
  for (const imported of entry.meta.imports) {
    if (stack.includes(imported) || imported === name) continue
    const parent = resolveTheme(imported, [...stack, name])
    if (!parent) continue
    Object.assign(sizes, parent.sizes)
    width = parent.width
    height = parent.height
  }
  for (const removed of entry.meta.removedSizes) delete sizes[removed]
  Object.assign(sizes, entry.meta.sizes)
  return {
    name,
    css: entry.css,
    sizes,
    width: entry.meta.width ?? width ?? defaultSlideSize.width,
    height: entry.meta.height ?? height ?? defaultSlideSize.height,
  }
}
