/**
 * Marp-format CSS (a theme, a deck's `style`, a `<style>` block) made to apply
 * to one deck's slides only, as Marp scopes it (marp-compat §8.5–8.6).
 */
import postcss, { type AtRule, type ChildNode, type Declaration, type Node, type Root, type Rule } from 'postcss'
import { parseCss } from './parse-css.ts'
import { scopeSelectorList, type ScopedSelector, type SlideTarget } from './scope-selector.ts'

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
}

export interface ScopeSlideCssOptions {
  /** Selector of the element that holds the deck's slides. */
  container: string
  /** The slide's scope key: the slide carries `data-marpit-scope-SCOPE`. */
  scope: string
  /** Registered themes: `@import` of one of them is dropped. Default: none. */
  imports?: ThemeResolver
}

/** The custom property holding the slide's font size, the unit `rem` stands for. */
export const rootFontSizeProperty = '--marpit-root-font-size'

/** The attribute a `:root` selector is negated with; no element has it. */
const neverAttribute = 'data-lectern-none'

const skippedAtRules = /^(?:-[a-z]+-)?(?:keyframes|font-face|page|counter-style|font-feature-values|property)$/i
const keyframesAtRule = /^(?:-[a-z]+-)?keyframes$/i
const paginationAttr = /attr\(\s*data-marpit-pagination(?![\w-])/i

/**
 * Scope Marp-format CSS to the slides inside `options.container`.
 *
 * @param css
 *   Theme or deck CSS as written for Marp.
 * @param options
 *   Container selector and theme imports.
 * @returns
 *   CSS for the page. Never throws: rules that do not parse are dropped.
 *
 * Notes: `section…` becomes `C section…`, any other `X` becomes `C section X`;
 * `:root` is the slide with pseudo-class specificity; `rem` is relative to
 * the slide's font size; in `section::after` only a `content` showing
 * `attr(data-marpit-pagination)` is kept; `@import`/`@charset` are hoisted;
 * `@keyframes`, `@font-face` and `@page` are left alone.
 */
export function scopeCss(css: string, options: ScopeCssOptions): string {
  const root = parseCss(css)
  resolveImports(root, options.imports, options.inlineImports ?? true, options.name === undefined ? [] : [options.name])
  hoistImports(root)
  scopeRules(root, {
    container: options.container,
    section: 'section',
    root: `:where(section):not([${neverAttribute}])`,
  })
  return root.toString()
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
  const root = parseCss(css)
  resolveImports(root, options.imports, false, [])
  hoistImports(root)
  const slide = `section[data-marpit-scope-${cssIdent(options.scope)}]`
  scopeRules(root, { container: options.container, section: slide, root: slide })
  renameKeyframes(root, options.scope)
  return root.toString()
}

/** Replace `@import 'name'` / `@import-theme 'name'` of a registered theme by its CSS (or drop it). */
function resolveImports(
  root: Root,
  resolve: ThemeResolver | undefined,
  inline: boolean,
  stack: readonly string[],
): void {
  const imported: ChildNode[] = []
  root.walkAtRules(/^import(?:-theme)?$/i, (atRule) => {
    const name = themeImportName(atRule)
    const isThemeOnly = atRule.name.toLowerCase() === 'import-theme'
    if (name === undefined) {
      if (isThemeOnly) atRule.remove()
      return
    }
    const css = resolve?.(name)
    if (css === undefined) {
      if (isThemeOnly) atRule.remove()
      return
    }
    atRule.remove()
    if (!inline || stack.includes(name)) return
    const child = parseCss(css)
    resolveImports(child, resolve, true, [...stack, name])
    imported.push(...child.nodes)
  })
  root.prepend(...imported)
}

/** The theme name of `@import 'name'` (a bare quoted string, no media list), else `undefined`. */
function themeImportName(atRule: AtRule): string | undefined {
  const match = /^\s*(["'])(.*)\1\s*$/.exec(atRule.params)
  return match?.[2]
}

/** Move `@charset` and `@import` to the top, where CSS wants them (one `@charset`). */
function hoistImports(root: Root): void {
  const charsets: AtRule[] = []
  const imports: AtRule[] = []
  root.walkAtRules((atRule) => {
    const name = atRule.name.toLowerCase()
    if (name === 'charset') charsets.push(atRule)
    else if (name === 'import') imports.push(atRule)
    else return
    atRule.remove()
  })
  root.prepend(...charsets.slice(0, 1), ...imports)
}

/** Scope every style rule, guard pagination, record slide font sizes, then convert `rem`. */
function scopeRules(root: Root, target: SlideTarget): void {
  const done = new WeakSet<Rule>()
  root.walkRules((rule) => {
    if (done.has(rule) || isInSkippedAtRule(rule) || hasRuleAncestor(rule)) return
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

function hasRuleAncestor(node: ChildNode): boolean {
  return ancestors(node).some((parent) => parent.type === 'rule')
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
