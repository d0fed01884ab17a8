/**
 * What of a deck's or theme's CSS may reach the page, decided on the parsed
 * tree at every depth: nesting flattened into plain rules (so every selector
 * can be scoped), at-rules kept by an allowlist, names the app's own page
 * uses left to it, and every piece written back only once the browser is
 * sure to read it as we did (see css-syntax.ts).
 */
import postcss, { type AtRule, type ChildNode, type Container, type Root } from 'postcss'
import nesting from 'postcss-nesting'
import { tokenize, TokenType } from '@csstools/css-tokenizer'
import { isAtRuleName, isPropertyName, isSelfContained } from './css-syntax.ts'
import { cssBudget, maxNestingDepth, type CssBudget } from './limits.ts'

/**
 * Families a deck may not declare with `@font-face`: the names Lectern's own
 * page asks for (its fonts are generic families; Chromium takes
 * `ui-monospace` as a plain name). A face declared under one of them would
 * draw the app's text, and with `unicode-range` tell a server which
 * characters it shows.
 */
export const reservedFontFamilies: ReadonlySet<string> = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'math',
  'emoji',
  'fangsong',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
])

/** The prefix of Lectern's own `@keyframes` and custom properties: a deck may not redefine them. */
const reservedPrefix = /^(?:--)?lectern-/i

/** At-rules holding rules, as in a style sheet. */
const groupAtRules = new Set(['media', 'supports', 'container', 'layer', 'scope', 'starting-style'])
/** At-rules holding descriptors only. */
const descriptorAtRules = new Set(['font-face', 'property', 'counter-style', 'font-palette-values'])
const keyframesAtRule = /^(?:-[a-z]+-)?keyframes$/i
const featureValueBlocks = new Set([
  'swash',
  'annotation',
  'ornaments',
  'stylistic',
  'styleset',
  'character-variant',
  'historical-forms',
])
const keyframeSelector = /^(?:from|to|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%|[a-z-]+\s+[+-]?(?:\d+\.?\d*|\.\d+)%)$/i

/**
 * Remove comments, `@nest` (no longer CSS), blocks nested deeper than
 * {@link maxNestingDepth} and rules past the budget (limits.ts), without
 * recursion (a hostile sheet may nest thousands deep). Scoping costs about
 * the same for every rule, and flattening grows with depth², so this bounds
 * the time a sheet takes, whatever it holds.
 *
 * @returns
 *   Whether any rule holds a rule or an at-rule (then nesting needs
 *   flattening), and whether blocks were cut for being too deep or too many.
 */
export function pruneTree(root: Root, budget: CssBudget = cssBudget()): { nested: boolean; cut: boolean } {
  let nested = false
  let cut = false
  // Breadth first: when there are too many, the top-level rules written first are kept.
  const queue: { node: Container; depth: number }[] = [{ node: root, depth: 0 }]
  for (let index = 0; index < queue.length; index++) {
    const { node, depth } = queue[index]!
    const removed = new Set<ChildNode>()
    for (const child of node.nodes ?? []) {
      if (child.type === 'comment' || (child.type === 'atrule' && child.name.toLowerCase() === 'nest')) {
        removed.add(child)
      } else if (child.type === 'rule' || (child.type === 'atrule' && child.nodes)) {
        if (depth >= maxNestingDepth || (child.type === 'rule' && --budget.rules < 0)) {
          removed.add(child)
          cut = true
        } else {
          if (node.type === 'rule') nested = true
          queue.push({ node: child, depth: depth + 1 })
        }
      }
    }
    // One pass, not `remove()` one by one (each would search and splice the whole list).
    if (removed.size === 0) continue
    for (const child of removed) child.parent = undefined
    node.nodes = node.nodes!.filter((child) => !removed.has(child))
  }
  return { nested, cut }
}

const flattener = postcss([nesting()])

/**
 * Nested rules become plain ones, as the CSS Nesting spec reads them
 * (`section { & h1 {} }` → `section h1 {}`, `&` in a list → `:is()`),
 * nested `@media`, `@supports`, `@container`, `@layer` and `@starting-style`
 * wrap their rule. What cannot be flattened (`@scope` inside a rule) stays,
 * and {@link keepAllowed} drops it.
 */
export function flattenNesting(root: Root): void {
  try {
    void flattener.process(root, { from: undefined }).root
  } catch {
    // Left as it was: whatever still nests is dropped.
  }
}

type Context = 'sheet' | 'descriptors' | 'keyframes' | 'feature-values'

/**
 * Keep what may reach the page: rules, holding declarations only; at
 * top level and in `@media`, `@supports`, `@container`, `@layer`, `@scope`
 * and `@starting-style`, rules and these at-rules (no bare declarations:
 * in `@scope` they would style the scope's root); `@keyframes`, `@font-face`,
 * `@property`, `@counter-style`, `@font-palette-values` and
 * `@font-feature-values` with their descriptors, unless they take a name
 * the app uses. Everything else goes: `@page` (the print view's pages are
 * Lectern's), `@namespace`, `@import` and `@charset` below the top (handled
 * before this), `@view-transition`, `@position-try`, `@function`,
 * `@document`, unknown at-rules, and rules still nested.
 */
export function keepAllowed(root: Root): void {
  keepIn(root, 'sheet')
}

function keepIn(container: Container, context: Context): void {
  for (const node of [...(container.nodes ?? [])]) if (!allowed(node, context)) node.remove()
}

function allowed(node: ChildNode, context: Context): boolean {
  if (node.type === 'comment') return false
  switch (context) {
    case 'sheet':
      if (node.type === 'rule') {
        keepIn(node, 'descriptors')
        return true
      }
      return node.type === 'atrule' && allowedAtRule(node)
    case 'descriptors':
      return node.type === 'decl'
    case 'keyframes':
      if (node.type !== 'rule' || !node.selectors.every((selector) => keyframeSelector.test(selector.trim())))
        return false
      keepIn(node, 'descriptors')
      return true
    case 'feature-values':
      if (node.type === 'decl') return true
      if (node.type !== 'atrule' || !node.nodes || !featureValueBlocks.has(node.name.toLowerCase())) return false
      keepIn(node, 'descriptors')
      return true
  }
}

function allowedAtRule(atRule: AtRule): boolean {
  const name = atRule.name.toLowerCase()
  const params = atRule.params.trim()
  let inner: Context
  if (groupAtRules.has(name)) {
    // `@layer a, b;` orders layers and holds nothing.
    if (!atRule.nodes) return name === 'layer'
    inner = 'sheet'
  } else if (keyframesAtRule.test(name)) {
    if (reservedPrefix.test(nameOf(params))) return false
    inner = 'keyframes'
  } else if (descriptorAtRules.has(name)) {
    if (name === 'property' && reservedPrefix.test(nameOf(params))) return false
    inner = 'descriptors'
  } else if (name === 'font-feature-values') {
    inner = 'feature-values'
  } else {
    return false
  }
  if (!atRule.nodes) return false
  keepIn(atRule, inner)
  return name !== 'font-face' || !declaresReservedFamily(atRule)
}

function declaresReservedFamily(fontFace: AtRule): boolean {
  let reserved = false
  fontFace.each((decl) => {
    if (decl.type === 'decl' && decl.prop.toLowerCase() === 'font-family')
      reserved ||= reservedFontFamilies.has(familyName(decl.value).toLowerCase())
  })
  return reserved
}

/** A family name as the browser reads it: one string, or identifiers joined by a space (escapes undone). */
function familyName(value: string): string {
  const words: string[] = []
  for (const token of tokenize({ css: value })) {
    if (token[0] === TokenType.String || token[0] === TokenType.Ident) words.push(token[4].value)
    else if (token[0] !== TokenType.Whitespace && token[0] !== TokenType.Comment && token[0] !== TokenType.EOF)
      return value
  }
  return words.join(' ')
}

/** The name an at-rule's prelude gives (`lectern-x`, `"lectern-x"`, `\6c ectern-x`), escapes undone. */
function nameOf(params: string): string {
  const token = tokenize({ css: params }).find((part) => part[0] === TokenType.String || part[0] === TokenType.Ident)
  return token?.[0] === TokenType.String || token?.[0] === TokenType.Ident ? token[4].value : params
}

/**
 * Check every piece as the browser will read it, dropping the nodes it would
 * read otherwise, and set every node's spacing (`raws`) anew, so that nothing
 * of the text as written but the checked pieces reaches the page.
 */
export function normaliseForOutput(root: Root): void {
  normaliseIn(root)
  root.raws = { after: '\n', semicolon: true }
  const first = root.first
  if (first) first.raws.before = ''
}

function normaliseIn(container: Container): void {
  for (const node of [...(container.nodes ?? [])]) {
    switch (node.type) {
      case 'rule':
        if (!isSelfContained(node.selector)) break
        node.selector = hideUrlText(node.selector)
        node.raws = { before: '\n', between: ' ', after: ' ', semicolon: true }
        normaliseIn(node)
        continue
      case 'decl':
        if (!isPropertyName(node.prop) || !isSelfContained(node.value)) break
        node.value = hideUrlText(node.value)
        node.raws = { before: ' ', between: ': ', ...(node.important ? { important: ' !important' } : {}) }
        continue
      case 'atrule':
        if (!isAtRuleName(node.name) || !isSelfContained(node.params)) break
        node.params = hideUrlText(node.params)
        node.raws = { before: '\n', afterName: node.params ? ' ' : '', between: node.nodes ? ' ' : '' }
        if (node.nodes) {
          Object.assign(node.raws, { after: '\n', semicolon: true })
          normaliseIn(node)
        }
        continue
      default:
    }
    node.remove()
  }
}

/**
 * `"url(x)"` in a string becomes `"url\28 x)"` (the same string): the page
 * finds a deck's `url()`s in its scoped CSS by their text, to load them from
 * beside the deck (src/render/asset-urls.ts), and must not find one in a
 * string, where putting a URL in would end the string early.
 */
function hideUrlText(piece: string): string {
  if (!/url\(/i.test(piece)) return piece
  return tokenize({ css: piece })
    .map((token) => (token[0] === TokenType.String ? token[1].replace(/\(/g, '\\28 ') : token[1]))
    .join('')
}
