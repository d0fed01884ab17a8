/**
 * Headings, per slide, in document order: Markdown headings with Marp's ids
 * (GitHub-like slugs, unique across the deck, slide numbers counting as
 * taken), and headings written as raw HTML (`<h2>…</h2>` in an HTML block),
 * which Marp shows as headings too: they keep the `id` they were written
 * with, if any.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Nodes, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import { visibleText } from './inline.ts'
import { createSlugger, slugify } from './slug.ts'
import type { SlidesTree } from './tree.ts'

/** A heading before ids are handed out across the deck. */
interface Found {
  level: number
  text: string
  /** Marp's slug of a Markdown heading (not yet unique), or null for raw HTML. */
  slug: string | null
  /** The `id` a raw HTML heading was written with (`''` for none). */
  id: string
}

/**
 * The text Marp slugs a heading from: text, code, image alt and raw inline
 * HTML, but not math. A footnote call counts as written (`[^1]`), as Marp,
 * which has no footnotes, reads it as text: the ids stay Marp's.
 */
function slugText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value
    case 'footnoteReference':
      return `[^${node.label ?? node.identifier}]`
    case 'image':
      return node.data?.marpAlt ?? node.alt ?? '' // the alt as written, keywords included
    default:
      return 'children' in node ? node.children.map(slugText).join('') : ''
  }
}

/** Text content as a reader sees it: line breaks count as spaces, whitespace collapsed. */
function htmlText(node: HastNodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'br') return ' '
  return 'children' in node ? (node.children as HastNodes[]).map(htmlText).join('') : ''
}

function rawHeadings(html: string, found: Found[]): void {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const level = /^h([1-6])$/.exec(child.tagName)?.[1]
      if (!level) visit(child)
      else {
        const id = child.properties.id
        const text = htmlText(child).replace(/\s+/g, ' ').trim()
        found.push({ level: Number(level), text, slug: null, id: typeof id === 'string' ? id : '' })
      }
    }
  }
  visit(fromHtml(html, { fragment: true }))
}

const headingTag = /<h[1-6][\s/>]/i

/** A paragraph's (or table cell's) content as the HTML it becomes, for one that holds a raw heading tag. */
function paragraphHtml(node: Nodes): string {
  if (node.type === 'html') return node.value
  if (node.type === 'break') return '<br>'
  if (node.type === 'text' || node.type === 'inlineCode')
    return node.value.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)
  return 'children' in node ? node.children.map(paragraphHtml).join('') : ''
}

function collect(node: Nodes, found: Found[]): void {
  if (node.type === 'heading') {
    found.push({ level: node.depth, text: visibleText(node), slug: slugify(slugText(node)), id: '' })
  } else if (node.type === 'html') {
    if (headingTag.test(node.value)) rawHeadings(node.value, found)
  } else if (node.type === 'paragraph' || node.type === 'tableCell') {
    // `text <h4>…</h4>`: inline HTML, but the browser ends the paragraph there and shows a heading.
    if (node.children.some((c) => c.type === 'html' && headingTag.test(c.value)))
      rawHeadings(paragraphHtml(node), found)
  } else if ('children' in node) {
    for (const child of node.children) collect(child, found)
  }
}

/** Each slide's headings, with ids unique across the deck. */
export function remarkHeadings() {
  return (tree: SlidesTree, file: VFile) => {
    const memo = runOf(file).cache.memo<Found[]>('headings')
    const slugger = createSlugger(tree.children.map((_, index) => String(index + 1)))
    for (const slide of tree.children) {
      const found = slide.children.flatMap((chunk) =>
        memo(chunk.children, () => {
          const result: Found[] = []
          collect({ type: 'root', children: chunk.children as RootContent[] }, result)
          return result
        }),
      )
      slide.data.headings = found.map(({ level, text, slug, id }) =>
        slug === null ? { text, level, id, raw: true } : { text, level, id: slugger(slug) },
      )
    }
  }
}
