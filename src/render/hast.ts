/**
 * Slide trees to safe hast: remark-rehype (raw HTML kept), then our marks
 * on the engine's own elements (heading ids, fragment numbers, task lists
 * and footnotes), then rehype-raw, rehype-sanitize, the task checkboxes, a
 * second pass over styles and URLs, emoji as Twemoji images, and the optional
 * math and code plugins.
 *
 * Notes: heading ids and fragment numbers are given before raw HTML is
 * parsed, so only Markdown headings and lists count, as in Marp.
 */
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast'
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Slide } from '../deck/index.ts'
import { cleanStyle } from './css.ts'
import { markGfmElement, rehypeTaskBoxes } from './gfm-hast.ts'
import { sanitizeSchema } from './sanitize-schema.ts'
import { rehypeTwemoji } from './twemoji.ts'
import { cleanUrl, type UrlKind } from './urls.ts'

/** A hast transformer added when its library has loaded (math, diagrams, code). */
export type HastTransform = (tree: HastRoot) => undefined | void

/** Optional stages, present once loaded. */
export interface RenderExtras {
  /** MathJax or KaTeX (the deck's `math` directive) for `inlineMath` / `math` nodes. */
  math?: HastTransform | undefined
  /** Diagrams for ```mermaid fences. */
  diagrams?: HastTransform | undefined
  /** highlight.js for fenced code with a language. */
  highlight?: HastTransform | undefined
}

// A footnote's back link is the arrow as text: as an emoji it would be a coloured picture.
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true, footnoteBackContent: '↩\uFE0E' }).freeze()

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
function rehypeCleanAttributes() {
  return (tree: HastRoot) => {
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
}

const afterRaw = createCache()

/** One processor per combination of optional stages (by identity: math may be either library). */
function createCache() {
  const cache: { raw: boolean; extras: RenderExtras; processor: ReturnType<typeof buildProcessor> }[] = []
  return (raw: boolean, extras: RenderExtras) => {
    const same = (other: RenderExtras) =>
      other.math === extras.math && other.diagrams === extras.diagrams && other.highlight === extras.highlight
    let entry = cache.find((candidate) => candidate.raw === raw && same(candidate.extras))
    if (!entry) {
      entry = { raw, extras: { ...extras }, processor: buildProcessor(raw, extras) }
      cache.push(entry)
    }
    return entry.processor
  }
}

function buildProcessor(raw: boolean, extras: RenderExtras) {
  const { math, diagrams, highlight } = extras
  return unified()
    .use(raw ? [rehypeRaw] : [])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeTaskBoxes)
    .use(rehypeCleanAttributes)
    .use(rehypeTwemoji)
    .use(math ? [() => math] : [])
    .use(diagrams ? [() => diagrams] : [])
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

/** What marking a slide's elements needs of the slide. */
export type MarkedSlide = Pick<Slide, 'id' | 'headings'>

/**
 * Put Marp's marks on the elements the engine made: `id` on headings (from
 * `slide.headings`, in order, less those written as raw HTML) and
 * `data-marpit-fragment="k"` numbered from 1; and shape task lists and
 * footnotes for a slide.
 */
function markEngineElements(tree: HastRoot, slide: MarkedSlide | null): void {
  const headings = slide?.headings.filter((h) => !h.raw)
  const prefix = slide ? `s${slide.id}-` : 'user-content-'
  let heading = 0
  let fragment = 0
  walk(tree, (element) => {
    markGfmElement(element, prefix)
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
 * @param slide
 *   The slide: its headings' ids go on the heading elements in document
 *   order, and its number on its footnotes' ids; null to leave headings
 *   without ids.
 * @param extras
 *   Loaded optional stages.
 * @returns
 *   A new hast tree.
 */
export function slideHast(tree: MdastRoot, slide: MarkedSlide | null, extras: RenderExtras): HastRoot {
  const hast = toHast.runSync(tree) as HastRoot
  markEngineElements(hast, slide)
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
