/**
 * Marp-format CSS (a theme, a deck's `style`, a `<style>` block) made to apply
 * to one deck's slides only, as Marp scopes it, and to nothing else on the page.
 */
import postcss, { type AtRule, type ChildNode, type Declaration, type Node, type Root, type Rule } from 'postcss'
import { flattenNesting, keepAllowed, normaliseForOutput, pruneTree } from './clean-css.ts'
import { isImport, isFontService, readImport, themeImportName } from './css-imports.ts'
import { isSelfContained } from './css-syntax.ts'
import { cssBudget, type CssBudget } from './limits.ts'
import { parseCss } from './parse-css.ts'
import { scopeSelectorList, splitSelectorList, type ScopedSelector, type SlideTarget } from './scope-selector.ts'

/** Raw CSS of a registered theme, by name; `undefined` when there is none. */
export type ThemeResolver = (name: string) => string | undefined

export interface ScopeCssOptions {
  /** Selector of the element that holds the deck's slides, e.g. `[data-lectern-deck]`. */
  container: string
  /** Registered themes, for `@import 'name'` and `@import-theme 'name'`. Default: none. */
  imports?: ThemeResolver
  /**
   * `true` (default, for theme CSS): imports of registered themes are inlined.
   * `false` (for CSS written in a deck): they are dropped, as Marp does.
   */
  inlineImports?: boolean
  /** The theme's own name, so that an import cycle back to it stops at once. */
  name?: string
  /** What may still be scoped, shared by several calls (all the CSS of a deck). Default: a full budget (limits.ts) for this call alone. */
  budget?: CssBudget
}

export interface ScopeSlideCssOptions {
  /** Selector of the element that holds the deck's slides. */
  container: string
  /** The slide's scope key: the slide carries `data-marpit-scope-SCOPE`. */
  scope: string
  /** Registered themes: `@import` of one of them is dropped. Default: none. */
  imports?: ThemeResolver
  /** As in {@link ScopeCssOptions}. */
  budget?: CssBudget
}

/** The custom property holding the slide's font size, the unit `rem` stands for. */
export const rootFontSizeProperty = '--marpit-root-font-size'

/** The attribute a `:root` selector is negated with; no element has it. */
const neverAttribute = 'data-lectern-none'

const skippedAtRules =
  /^(?:-[a-z]+-)?(?:keyframes|font-face|counter-style|font-feature-values|font-palette-values|property)$/i
const keyframesAtRule = /^(?:-[a-z]+-)?keyframes$/i
const paginationAttr = /attr\(\s*data-marpit-pagination(?![\w-])/i

/** Scoped CSS, in its parts. */
export interface ScopedCss {
  /**
   * `@import` rules kept: font services' stylesheets, which only declare
   * fonts. They must come first in the page's CSS.
   */
  readonly imports: readonly string[]
  /** Everything else, scoped. */
  readonly css: string
  /** URLs of imported stylesheets left out: a sheet imported by URL cannot be scoped. */
  readonly refused: readonly string[]
  /** Whether rules were left out for nesting too deep or being too many (see clean-css.ts). */
  readonly cut?: boolean
}

/**
 * Scope Marp-format CSS to the slides inside `options.container`.
 *
 * @param css
 *   Theme or deck CSS as written for Marp.
 * @param options
 *   Container selector and theme imports.
 * @returns
 *   CSS for the page, kept imports first. Never throws: what does not parse
 *   is dropped. See {@link scopeCssParts}.
 */
export function scopeCss(css: string, options: ScopeCssOptions): string {
  return joinScoped(scopeCssParts(css, options))
}

/**
 * Scope Marp-format CSS to the slides inside `options.container`, at every
 * depth: nested rules are flattened first, and every selector, including
 * those inside `@media`, `@supports`, `@container`, `@layer`, `@scope` and
 * `@starting-style`, is rewritten to start at a slide.
 *
 * @param css
 *   Theme or deck CSS as written for Marp.
 * @param options
 *   Container selector and theme imports.
 * @returns
 *   The kept imports, the scoped CSS, and the imports left out. Never throws.
 *
 * Notes: `section…` becomes `C section…`, any other `X` becomes `C section X`;
 * `:root` is the slide with pseudo-class specificity; `rem` is relative to
 * the slide's font size; in `section::after` only a `content` showing
 * `attr(data-marpit-pagination)` is kept. `@keyframes`, `@font-face` and
 * `@property` stay global, minus the names Lectern itself uses; `@page` and
 * other at-rules that would reach past the slides go (see clean-css.ts).
 * `@import` of a registered theme inlines it (theme CSS) or is dropped (deck
 * CSS); of a font service, it is kept; any other is left out and listed.
 */
export function scopeCssParts(css: string, options: ScopeCssOptions): ScopedCss {
  const budget = options.budget ?? cssBudget()
  const { root, cut: short } = parseWithin(css, budget)
  const imports = takeImports(root, options.imports, options.inlineImports ?? true, options.name)
  const cut = cleanTree(root, budget) || short
  scopeRules(root, {
    container: options.container,
    section: 'section',
    root: `:where(section):not([${neverAttribute}])`,
  })
  normaliseForOutput(root)
  return { ...imports, css: root.nodes.length > 0 ? root.toString() : '', ...(cut ? { cut } : {}) }
}

/**
 * Scope a slide's `<style scoped>` CSS to that slide alone.
 *
 * @param css
 *   CSS of the slide's scoped style blocks.
 * @param options
 *   Container selector and the slide's scope key.
 * @returns
 *   CSS for the page. Never throws.
 *
 * Notes: every selector is limited to `C section[data-marpit-scope-SCOPE]`
 * (`section.lead h1` → `C section[data-marpit-scope-SCOPE].lead h1`);
 * `@keyframes` defined here get a `-SCOPE` suffix, and `animation` and
 * `animation-name` here are renamed to match. Otherwise as {@link scopeCss}.
 */
export function scopeSlideCss(css: string, options: ScopeSlideCssOptions): string {
  return joinScoped(scopeSlideCssParts(css, options))
}

/** {@link scopeSlideCss} in its parts (see {@link scopeCssParts}). */
export function scopeSlideCssParts(css: string, options: ScopeSlideCssOptions): ScopedCss {
  const budget = options.budget ?? cssBudget()
  const { root, cut: short } = parseWithin(css, budget)
  const imports = takeImports(root, options.imports, false, undefined)
  const cut = cleanTree(root, budget) || short
  const slide = `section[data-marpit-scope-${cssIdent(options.scope)}]`
  scopeRules(root, { container: options.container, section: slide, root: slide })
  renameKeyframes(root, options.scope)
  normaliseForOutput(root)
  return { ...imports, css: root.nodes.length > 0 ? root.toString() : '', ...(cut ? { cut } : {}) }
}

/** Kept imports, then the CSS. */
export function joinScoped(scoped: ScopedCss): string {
  return [...scoped.imports, scoped.css].filter(Boolean).join('\n')
}

/**
 * Parse as much of `css` as the budget's characters allow: past them, the
 * text is cut after the last `}` (the parser closes what is left open, and
 * what is cut mid-rule is checked like any CSS).
 */
function parseWithin(css: string, budget: CssBudget): { root: Root; cut: boolean } {
  const allowed = Math.max(0, budget.characters)
  budget.characters -= css.length
  if (css.length <= allowed) return { root: parseCss(css), cut: false }
  return { root: parseCss(css.slice(0, css.lastIndexOf('}', allowed) + 1)), cut: true }
}

/** Flatten nesting and keep what may reach the page (clean-css.ts); whether rules were cut. */
function cleanTree(root: Root, budget: CssBudget): boolean {
  const { nested, cut } = pruneTree(root, budget)
  if (nested) flattenNesting(root)
  keepAllowed(root)
  return cut
}

/**
 * Take the top-level `@import` and `@charset` rules out of `root`: imports of
 * registered themes are inlined (`inline`) or dropped, font services' kept,
 * others refused. Imports below the top level are not CSS; cleanTree drops them.
 */
function takeImports(
  root: Root,
  resolve: ThemeResolver | undefined,
  inline: boolean,
  name: string | undefined,
): Omit<ScopedCss, 'css'> {
  const imports: string[] = []
  const refused: string[] = []
  const visit = (sheet: Root, stack: readonly string[]): void => {
    const inlined: ChildNode[] = []
    for (const node of [...sheet.nodes]) {
      if (node.type === 'atrule' && node.name.toLowerCase() === 'charset') {
        node.remove()
        continue
      }
      if (!isImport(node)) continue
      node.remove()
      const theme = themeImportName(node)
      const css = theme === undefined ? undefined : resolve?.(theme)
      if (theme !== undefined && css !== undefined) {
        if (!inline || stack.includes(theme)) continue
        const child = parseCss(css)
        visit(child, [...stack, theme])
        inlined.push(...child.nodes)
        continue
      }
      if (node.name.toLowerCase() !== 'import') continue
      const rule = readImport(node.params)
      if (rule && isFontService(rule.target) && isSelfContained(node.params))
        imports.push(`@import ${node.params.trim()};`)
      else refused.push(rule?.target ?? node.params.trim())
    }
    sheet.prepend(...inlined)
  }
  visit(root, name === undefined ? [] : [name])
  return { imports: [...new Set(imports)], refused }
}

/** Scope every style rule, guard pagination, record slide font sizes, then convert `rem`. */
function scopeRules(root: Root, slide: SlideTarget): void {
  const target = { ...slide, containers: splitSelectorList(slide.container) ?? [slide.container] }
  const done = new WeakSet<Rule>()
  root.walkRules((rule) => {
    if (done.has(rule) || isInSkippedAtRule(rule)) return
    const scoped = scopeSelectorList(rule.selector, target)
    if (!scoped || scoped.length === 0) {
      rule.remove()
      return
    }
    rule.selector = joinSelectors(scoped)
    for (const created of [...guardPagination(rule, scoped), ...recordRootFontSize(rule, scoped)]) done.add(created)
  })
  root.walkDecls((decl) => {
    if (decl.prop !== rootFontSizeProperty && !isInSkippedAtRule(decl)) decl.value = convertRem(decl.value)
  })
}

function joinSelectors(scoped: readonly ScopedSelector[]): string {
  return scoped.map((item) => item.selector).join(',\n')
}

function isInSkippedAtRule(node: ChildNode): boolean {
  return ancestors(node).some((parent) => parent.type === 'atrule' && skippedAtRules.test((parent as AtRule).name))
}

function ancestors(node: ChildNode): Node[] {
  const list: Node[] = []
  for (let parent: Node | undefined = node.parent; parent && parent.type !== 'root'; parent = parent.parent)
    list.push(parent)
  return list
}

/**
 * In `section::after`, drop `content` that does not show the page number:
 * the slide's `::after` is the pagination.
 */
function guardPagination(rule: Rule, scoped: readonly ScopedSelector[]): Rule[] {
  const isAfter = (item: ScopedSelector) => item.isSlide && item.pseudoElement === '::after'
  const contents = rule.nodes.filter(
    (node): node is Declaration => node.type === 'decl' && node.prop.toLowerCase() === 'content',
  )
  const blocked = contents.filter((decl) => !paginationAttr.test(decl.value))
  if (blocked.length === 0 || !scoped.some(isAfter)) return []
  const others = scoped.filter((item) => !isAfter(item))
  const created: Rule[] = []
  if (others.length > 0) {
    // Other selectors share the rule: they keep their `content`, in a copy of the rule.
    const kept = rule.clone({ selector: joinSelectors(others) })
    rule.before(kept)
    rule.selector = joinSelectors(scoped.filter(isAfter))
    created.push(kept)
  }
  for (const decl of blocked) decl.remove()
  return created
}

/** A rule setting `font-size` on the slide also sets the size `rem` stands for. */
function recordRootFontSize(rule: Rule, scoped: readonly ScopedSelector[]): Rule[] {
  const slides = scoped.filter((item) => item.isSlide && item.pseudoElement === undefined)
  if (slides.length === 0) return []
  const sizes = rule.nodes.filter(
    (node): node is Declaration => node.type === 'decl' && node.prop.toLowerCase() === 'font-size',
  )
  const size = sizes.at(-1)
  if (!size) return []
  // Recorded as written: `rem` in the slide's own font size reads the page's root,
  // and a reference to the property being set would be a cycle.
  const decl = postcss.decl({ prop: rootFontSizeProperty, value: size.value, important: size.important })
  if (slides.length === scoped.length) {
    size.after(decl)
    rule.raws.semicolon = true
    return []
  }
  const created = postcss.rule({ selector: joinSelectors(slides), nodes: [decl], raws: { semicolon: true } })
  rule.after(created)
  return [created]
}

/** `2rem` → `calc(var(--marpit-root-font-size, 1rem) * 2)`, outside strings and `url()`. */
export function convertRem(value: string): string {
  if (!/rem/i.test(value)) return value
  return value.replace(
    /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|url\([^)]*\))|(^|[^\w.#-])([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)rem(?![\w-])/gi,
    (match, skipped: string | undefined, before: string, number: string) =>
      skipped ? match : `${before}calc(var(${rootFontSizeProperty}, 1rem) * ${number})`,
  )
}

/** Give the keyframes defined in `root` a `-SCOPE` suffix, and the animations naming them. */
function renameKeyframes(root: Root, scope: string): void {
  const names = new Map<string, string>()
  root.walkAtRules(keyframesAtRule, (atRule) => {
    const quoted = /^(["'])(.*)\1$/.exec(atRule.params.trim())
    const name = quoted ? (quoted[2] ?? '') : atRule.params.trim()
    if (!name) return
    const renamed = `${name}-${scope}`
    names.set(name, renamed)
    atRule.params = quoted ? `${quoted[1]}${renamed}${quoted[1]}` : cssIdent(renamed)
  })
  if (names.size === 0) return
  root.walkDecls(/^(?:-[a-z]+-)?animation(?:-name)?$/i, (decl) => {
    decl.value = decl.value.replace(
      /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\([^)]*\))|[-\w]+/g,
      (token, skipped: string | undefined) => {
        if (skipped) {
          const inner = skipped.slice(1, -1)
          return skipped[0] !== '(' && names.has(inner) ? `${skipped[0]}${names.get(inner)}${skipped[0]}` : skipped
        }
        return names.has(token) ? cssIdent(names.get(token) ?? token) : token
      },
    )
  })
}

/** Escape characters that cannot appear in a CSS identifier as written here. */
function cssIdent(value: string): string {
  return value.replace(/[^\w-]/g, (char) => `\\${char}`)
}
