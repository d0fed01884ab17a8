/**
 * Headings, per slide, in document order, with Marp's ids: GitHub-like
 * slugs, unique across the deck, slide numbers counting as taken.
 */
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
  /** Marp's slug of the heading, not yet unique. */
  slug: string
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

function collect(node: Nodes, found: Found[]): void {
  if (node.type === 'heading') {
    found.push({ level: node.depth, text: visibleText(node), slug: slugify(slugText(node)) })
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
      slide.data.headings = found.map(({ level, text, slug }) => ({ text, level, id: slugger(slug) }))
    }
  }
}
