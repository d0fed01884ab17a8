/**
 * `@import` rules, read on the parsed tree (an `@import` in a comment or a
 * string is no import). A stylesheet imported by URL cannot be scoped where it
 * lands, so it is either brought in and scoped with the CSS that imports it,
 * or left out. Only font services' sheets, which declare fonts and nothing
 * else, stay as imports.
 */
import { tokenize, TokenType, type CSSToken } from '@csstools/css-tokenizer'
import type { AtRule, ChildNode, Root } from 'postcss'
import postcss from 'postcss'
import { parseCss } from './parse-css.ts'

/** An `@import`'s target and conditions. */
export interface ImportRule {
  /** The URL (or theme name) as written. */
  target: string
  /** `layer` / `layer(name)`: the cascade layer name, `''` for an anonymous one. */
  layer: string | undefined
  /** `supports(…)`: the condition. */
  supports: string | undefined
  /** The media query list, `''` when none. */
  media: string
}

/** Hosts whose stylesheets only declare fonts: the imports a deck or theme may keep. */
const fontServices = new Set(['fonts.googleapis.com', 'fonts.bunny.net'])

/** Whether `url` is a font service's stylesheet (https only). */
export function isFontService(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && fontServices.has(parsed.hostname)
  } catch {
    return false
  }
}

/** Whether a node is `@import` (or Marp's `@import-theme`). */
export function isImport(node: ChildNode): node is AtRule {
  return node.type === 'atrule' && /^import(?:-theme)?$/i.test(node.name)
}

/** The theme name of `@import 'name'`: a bare quoted string, nothing after it. */
export function themeImportName(atRule: AtRule): string | undefined {
  return /^\s*(["'])(.*)\1\s*$/.exec(atRule.params)?.[2]
}

const significant = (token: CSSToken) => token[0] !== TokenType.Whitespace && token[0] !== TokenType.Comment

/**
 * Read an `@import` prelude: `url(x) layer(a) supports(display: grid) print`.
 *
 * @returns
 *   Its parts, or `undefined` when it names no URL.
 */
export function readImport(params: string): ImportRule | undefined {
  const tokens = tokenize({ css: params }).filter((token) => token[0] !== TokenType.EOF)
  let index = tokens.findIndex(significant)
  const first = tokens[index]
  let target: string | undefined
  if (first?.[0] === TokenType.String || first?.[0] === TokenType.URL) target = first[4].value
  else if (first?.[0] === TokenType.Function && first[4].value.toLowerCase() === 'url') {
    const inner = tokens.slice(index + 1).filter(significant)
    if (inner[0]?.[0] === TokenType.String && inner[1]?.[0] === TokenType.CloseParen) {
      target = inner[0][4].value
      index = tokens.indexOf(inner[1])
    }
  }
  if (target === undefined) return undefined
  let rest = tokens.slice(index + 1)
  const take = (name: string): string | undefined => {
    const at = rest.findIndex(significant)
    const token = rest[at]
    if (token?.[0] === TokenType.Ident && token[4].value.toLowerCase() === name) {
      rest = rest.slice(at + 1)
      return ''
    }
    if (token?.[0] !== TokenType.Function || token[4].value.toLowerCase() !== name) return undefined
    let depth = 0
    for (let end = at; end < rest.length; end++) {
      const type = rest[end]![0]
      if (type === TokenType.Function || type === TokenType.OpenParen) depth++
      else if (type === TokenType.CloseParen && --depth === 0) {
        const inside = rest.slice(at + 1, end)
        rest = rest.slice(end + 1)
        return inside.map((part) => part[1]).join('')
      }
    }
    return undefined
  }
  const layer = take('layer')
  const supports = take('supports')
  return {
    target,
    layer,
    supports,
    media: rest
      .map((token) => token[1])
      .join('')
      .trim(),
  }
}

/**
 * Bring the stylesheets a sheet imports by URL into it, in place of their
 * `@import` (wrapped in `@layer`, `@supports` and `@media` as the import
 * asked), recursively. Imports of font services and of theme names, and those
 * `load` cannot give, stay as they are.
 *
 * @param css
 *   The importing sheet.
 * @param load
 *   The imported sheet's CSS for a target as written in `from` (its `url()`s
 *   already made to work where it lands), with an id naming it for its own
 *   imports; null when it cannot be had.
 * @param from
 *   The id of `css` (its path or URL), passed back to `load`.
 * @returns
 *   The sheet with what could be had brought in.
 */
export async function inlineImports(
  css: string,
  load: (target: string, from: string) => Promise<{ css: string; id: string } | null>,
  from: string,
  isThemeName: (name: string) => boolean = () => false,
  seen: readonly string[] = [from],
): Promise<string> {
  const root = parseCss(css)
  let changed = false
  for (const node of [...root.nodes]) {
    if (!isImport(node) || node.name.toLowerCase() !== 'import') continue
    const name = themeImportName(node)
    if (name !== undefined && isThemeName(name)) continue
    const rule = readImport(node.params)
    if (!rule || isFontService(rule.target) || seen.length > 8) continue
    const sheet = await load(rule.target, from)
    if (!sheet) continue
    changed = true
    if (seen.includes(sheet.id)) {
      node.remove()
      continue
    }
    const inner = parseCss(await inlineImports(sheet.css, load, sheet.id, isThemeName, [...seen, sheet.id]))
    node.replaceWith(...wrap(inner, rule))
  }
  return changed ? root.toString() : css
}

/**
 * The imported sheet's rules under its conditions; its own imports left at the
 * top, to be judged; its comments dropped (a `@theme` line in them would
 * rename the importing theme).
 */
function wrap(root: Root, rule: ImportRule): ChildNode[] {
  root.walkComments((comment) => {
    comment.remove()
  })
  const imports = root.nodes.filter(isImport)
  let nodes: ChildNode[] = root.nodes.filter((node) => !isImport(node))
  const around = (name: string, params: string) => [postcss.atRule({ name, params, nodes })]
  if (rule.layer !== undefined) nodes = around('layer', rule.layer)
  if (rule.supports !== undefined) nodes = around('supports', `(${rule.supports})`)
  if (rule.media) nodes = around('media', rule.media)
  return [...imports, ...nodes]
}
