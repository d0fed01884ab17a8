/**
 * Slide trees to safe hast: remark-rehype (raw HTML kept), then our marks
 * on the engine's own elements (heading ids, fragment numbers), then
 * rehype-raw, rehype-sanitize, a second pass over styles and URLs, and the
 * optional math and code plugins.
 *
 * Notes: heading ids and fragment numbers are given before raw HTML is
 * parsed, so only Markdown headings and lists count, as in Marp.
 */
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast'
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast'
import type { Plugin } from 'unified'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { SlideHeading } from '../deck/index.ts'
import { cleanStyle } from './css.ts'
import { sanitizeSchema } from './sanitize-schema.ts'
import { cleanUrl, type UrlKind } from './urls.ts'

/** A hast transformer added when its library has loaded (math, code). */
export type HastTransform = (tree: HastRoot) => undefined | void

/** Optional stages, present once loaded. */
export interface RenderExtras {
  /** KaTeX for `inlineMath` / `math` nodes. */
  math?: HastTransform | undefined
  /** highlight.js for fenced code with a language. */
  highlight?: HastTransform | undefined
}

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze()

/** Attribute spellings the engine uses in `hProperties`, to hast property names. */
const engineProperties: Record<string, string> = {
  'data-marpit-fragment': 'dataMarpitFragment',
  'data-fit': 'dataFit',
}

/** URL-valued properties and what they are used for, per element. */
function urlKind(tagName: string, property: string): UrlKind | null {
  if (property === 'href') return tagName === 'a' ? 'link' : null
  if (property === 'poster') return 'image'
  if (property === 'src') return tagName === 'img' ? 'image' : 'media'
  return null
}

/** Clean `style` values and URLs that the schema let through. */
const rehypeCleanAttributes: Plugin<[], HastRoot> = () => (tree) => {
  walk(tree, (element) => {
    const properties = element.properties
    for (const key of Object.keys(properties)) {
      const value = properties[key]
      if (key === 'style') {
        const style = typeof value === 'string' ? cleanStyle(value) : ''
        if (style) properties.style = style
        else delete properties.style
        continue
      }
      const kind = urlKind(element.tagName, key)
      if (!kind) continue
      const url = typeof value === 'string' ? cleanUrl(value, kind) : null
      if (url === null) delete properties[key]
      else properties[key] = url
    }
  })
}

const afterRaw = createCache()

/** One processor per combination of optional stages. */
function createCache() {
  const cache = new Map<string, ReturnType<typeof buildProcessor>>()
  return (raw: boolean, extras: RenderExtras) => {
    const key = `${raw ? 1 : 0}${extras.math ? 1 : 0}${extras.highlight ? 1 : 0}`
    let processor = cache.get(key)
    if (!processor) {
      processor = buildProcessor(raw, extras)
      cache.set(key, processor)
    }
    return processor
  }
}

function buildProcessor(raw: boolean, extras: RenderExtras) {
  const { math, highlight } = extras
  return unified()
    .use(raw ? [rehypeRaw] : [])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeCleanAttributes)
    .use(math ? [() => math] : [])
    .use(highlight ? [() => highlight] : [])
    .freeze()
}

/**
 * Call `visitor` on every element, in document order.
 *
 * @param node
 *   Tree or element to walk.
 * @param visitor
 *   Called before the element's children.
 */
export function walk(node: HastRoot | Element, visitor: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visitor(child)
      walk(child, visitor)
    }
  }
}

/** Whether an mdast tree holds raw HTML anywhere. */
function hasHtml(node: MdastRoot | MdastContent): boolean {
  if (node.type === 'html') return true
  return 'children' in node && node.children.some((child) => hasHtml(child))
}

/**
 * Put Marp's marks on the elements the engine made: `id` on headings (from
 * `slide.headings`, in order) and `data-marpit-fragment="k"` numbered from 1.
 */
function markEngineElements(tree: HastRoot, headings: readonly SlideHeading[] | null): void {
  let heading = 0
  let fragment = 0
  walk(tree, (element) => {
    const properties: Properties = element.properties
    for (const [attribute, property] of Object.entries(engineProperties)) {
      if (attribute in properties) {
        properties[property] = properties[attribute]
        delete properties[attribute]
      }
    }
    if (headings && /^h[1-6]$/.test(element.tagName)) {
      const id = headings[heading++]?.id
      if (id) properties.id = id
    }
    if (element.tagName === 'li' && 'dataMarpitFragment' in properties) {
      properties.dataMarpitFragment = String(++fragment)
    }
  })
}

/**
 * A slide body as safe hast.
 *
 * @param tree
 *   The slide's mdast tree (not changed).
 * @param headings
 *   The slide's headings (`slide.headings`), whose ids go on the heading
 *   elements in document order; null to leave headings without ids.
 * @param extras
 *   Loaded optional stages.
 * @returns
 *   A new hast tree.
 */
export function slideHast(tree: MdastRoot, headings: readonly SlideHeading[] | null, extras: RenderExtras): HastRoot {
  const hast = toHast.runSync(tree) as HastRoot
  markEngineElements(hast, headings)
  return afterRaw(hasHtml(tree), extras).runSync(hast) as HastRoot
}

/**
 * A header or footer value as safe hast: inline content, without the
 * paragraph the inline tree comes in.
 *
 * @param tree
 *   `slide.header.tree` or `slide.footer.tree`.
 * @param extras
 *   Loaded optional stages.
 */
export function inlineHast(tree: MdastRoot, extras: RenderExtras): HastRoot {
  const hast = slideHast(tree, null, extras)
  const children: RootContent[] = []
  for (const child of hast.children) {
    if (child.type === 'element' && child.tagName === 'p') children.push(...(child.children as ElementContent[]))
    else if (!(child.type === 'text' && !child.value.trim())) children.push(child)
  }
  return { type: 'root', children }
}
