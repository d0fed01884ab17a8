/**
 * Read Marp's meaning out of a chunk's tree: comments (directives, notes),
 * style blocks, backgrounds, image keywords, fragments, headings and fit
 * markers; and return the render-ready content without them.
 */
import type { Definition, Heading, Image, Table, ImageReference, List, Nodes, Parents, RootContent } from 'mdast'
import { classifyComment, type CommentMeaning } from './directives.ts'
import { parseImageKeywords } from './image-keywords.ts'
import { analyseComment, analyseStyle } from './html-blocks.ts'
import { toString } from 'mdast-util-to-string'
import { visibleText } from './inline.ts'
import type { ChunkOrigin } from './parse-chunk.ts'
import { slugify } from './slug.ts'
import type { BackgroundImage } from './types.ts'

/** A comment found in a chunk: its meaning, its content, and its 0-based line within the chunk. */
export type ChunkComment = CommentMeaning & { content: string; line: number }

/** A `bg` image, with the split and direction keywords it carried. */
export interface ChunkBackground extends BackgroundImage {
  split: { side: 'left' | 'right'; size: string } | null
  direction: 'horizontal' | 'vertical' | null
  /** The alt text as written, keywords included. */
  source: string
}

export interface ChunkHeading {
  level: number
  /** Text as shown (the heading's text content). */
  text: string
  /** Marp's slug of the heading, before it is made unique across the deck. */
  slug: string
}

/** What a run of top-level nodes holds, in document order. */
export interface ChunkSummary {
  /** Render-ready content: comments, styles, bg images and definitions removed. */
  children: RootContent[]
  comments: ChunkComment[]
  styles: { css: string; scoped: boolean }[]
  backgrounds: ChunkBackground[]
  headings: ChunkHeading[]
  fragments: number
  /** Whether any node other than comments, styles and definitions was seen (Marp's "visible" tokens). */
  visible: boolean
  /** Levels of headings that headingDivider may cut before: nested in containers, or not first. */
  cutLevels: number[]
  /** 0-based line of the first node, relative to the chunk. */
  firstLine: number
  /** Raw text Marp hides: directive and lint comments, fit markers, style blocks. */
  hidden: string[]
  /** Text Marp drops without a word (after `-->` or `</style>` on the same line, inside an unclosed comment). */
  dropped: { text: string; line: number; why: string }[]
}

interface WalkState {
  source: string
  /** Line of the chunk's start within `source` (chunks may be parsed together). */
  lineBase: number
  definitions: Map<string, Definition>
  summary: ChunkSummary
  /** Inside a heading's inline content, where a `fit` comment is a marker. */
  fitHeading: boolean
  /** Set when that marker was met. */
  fitMarked: boolean
  depth: number
}

/** Read the Marp meaning out of a list of top-level nodes (a whole chunk, or a piece of it). */
export function summarise(nodes: readonly RootContent[], origin: ChunkOrigin): ChunkSummary {
  const { source, lineBase, definitions } = origin
  const summary: ChunkSummary = {
    children: [],
    comments: [],
    styles: [],
    backgrounds: [],
    headings: [],
    fragments: 0,
    visible: false,
    cutLevels: [],
    hidden: [],
    dropped: [],
    firstLine: (nodes[0]?.position?.start.line ?? lineBase + 1) - 1 - lineBase,
  }
  const state: WalkState = { source, lineBase, definitions, summary, fitHeading: false, fitMarked: false, depth: 0 }
  nodes.forEach((node, index) => {
    if (node.type === 'heading' && index > 0) addCutLevel(summary, node.depth)
    const kept = cleanNode(node, state)
    if (kept) summary.children.push(kept)
    // Marp's hidden tokens are comments, style blocks and definitions; a paragraph emptied of its
    // bg images still counts as visible.
    if (node.type !== 'definition' && (node.type !== 'html' || kept)) summary.visible = true
  })
  return summary
}

function addCutLevel(summary: ChunkSummary, level: number) {
  if (!summary.cutLevels.includes(level)) summary.cutLevels.push(level)
}

/** Record the text Marp drops after a block's closer on the same line, or inside an unclosed comment. */
function noteDropped(html: string, closer: RegExp, line: number, state: WalkState) {
  const end = closer.exec(html)
  if (!end) {
    if (closer.source === '-->' && html.trim().length > 4) {
      state.summary.dropped.push({
        text: html.trim(),
        line,
        why: 'This comment is never closed with `-->`, so Marp hides everything after it in its container',
      })
    }
    return
  }
  const after =
    html
      .slice(end.index + end[0].length)
      .split('\n')[0]
      ?.trim() ?? ''
  if (after) {
    state.summary.dropped.push({
      text: after,
      line,
      why: `Marp drops text that follows \`${end[0]}\` on the same line`,
    })
  }
}

/**
 * A paragraph left empty (only bg images and comments) is hidden by Marp, and
 * the notes in it with it; its directives still apply.
 */
function dropNotesSince(start: number, state: WalkState) {
  const comments = state.summary.comments
  for (let index = comments.length - 1; index >= start; index--) {
    const comment = comments[index]
    if (comment?.kind !== 'note') continue
    comments.splice(index, 1)
    if (comment.text) {
      state.summary.dropped.push({
        text: comment.text,
        line: comment.line,
        why: 'Marp shows no note written beside a background image in the same paragraph',
      })
    }
  }
}

/** Rows keep as many cells as the header has; Marp (like GFM) drops the others unread. */
function cleanTable(node: Table, state: WalkState): Table {
  const columns = node.children[0]?.children.length ?? 0
  const rows = node.children.map((row) => {
    for (const cell of row.children.slice(columns)) {
      const text = toString(cell)
      if (text.trim()) {
        state.summary.dropped.push({
          text,
          line: lineOf(cell, state),
          why: 'Marp drops table cells beyond the header row’s columns',
        })
      }
    }
    return {
      ...row,
      children: row.children.slice(0, columns).map((cell) => ({ ...cell, children: cleanChildren(cell, state) })),
    }
  })
  return { ...node, children: rows }
}

/** 0-based line of a node within its chunk. */
function lineOf(node: Nodes, state: WalkState): number {
  return (node.position?.start.line ?? 1) - 1 - state.lineBase
}

/** Return a cleaned copy of a node, or null when it is not rendered. */
function cleanNode(node: RootContent, state: WalkState): RootContent | null {
  switch (node.type) {
    case 'definition':
      return node // not rendered; kept so nothing written is lost
    case 'html': {
      const comment = analyseComment(node.value)
      const line = lineOf(node, state)
      if (comment !== null) {
        noteDropped(node.value, /-->/, line, state)
        if (state.fitHeading && comment === 'fit') {
          state.fitMarked = true // consumed, not a note (marp-compat §10.4)
          state.summary.hidden.push(comment)
          return null
        }
        const meaning = classifyComment(comment)
        if (meaning.kind !== 'note') state.summary.hidden.push(comment)
        state.summary.comments.push({ ...meaning, content: comment, line })
        return null
      }
      const style = analyseStyle(node.value)
      if (style) {
        noteDropped(node.value, /<\/style>/i, line, state)
        state.summary.styles.push(style)
        state.summary.hidden.push(node.value)
        return null
      }
      return node
    }
    case 'image':
    case 'imageReference':
      return cleanImage(node, state)
    case 'heading':
      return cleanHeading(node, state)
    case 'list':
      return cleanList(node, state)
    case 'paragraph': {
      const before = state.summary.comments.length
      const children = cleanChildren(node, state)
      const empty = children.every((c) => (c.type === 'text' && !c.value.trim()) || c.type === 'break')
      if (empty) dropNotesSince(before, state)
      return empty ? null : { ...node, children }
    }
    case 'table':
      return cleanTable(node, state)
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier)
      const children = cleanChildren(node, state)
      if (!definition) return { ...node, children }
      return {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children,
        ...(node.position ? { position: node.position } : {}),
      }
    }
    default:
      if ('children' in node) {
        state.depth++
        const copy = { ...node, children: cleanChildren(node, state) } as RootContent
        state.depth--
        return copy
      }
      return node
  }
}

function cleanChildren<T extends Parents>(node: T, state: WalkState): T['children'] {
  const out: RootContent[] = []
  for (const child of node.children) {
    const kept = cleanNode(child as RootContent, state)
    if (kept) out.push(kept)
  }
  return out as T['children']
}

function cleanHeading(node: Heading, state: WalkState): Heading {
  if (state.depth > 0) addCutLevel(state.summary, node.depth)
  state.fitHeading = true
  state.fitMarked = false
  const children = cleanChildren(node, state)
  const fit = state.fitMarked
  state.fitHeading = false
  const heading: Heading = { ...node, children }
  state.summary.headings.push({ level: node.depth, text: visibleText(heading), slug: slugify(slugText(heading)) })
  if (fit) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, 'data-fit': '' } }
  return heading
}

/** The text Marp slugs a heading from: text, code, image alt and raw inline HTML, but not math. */
function slugText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value
    case 'image':
      return node.data?.marpAlt ?? node.alt ?? '' // the alt as written, keywords included
    default:
      return 'children' in node ? node.children.map(slugText).join('') : ''
  }
}

function cleanImage(node: Image | ImageReference, state: WalkState): RootContent | null {
  const keywords = parseImageKeywords(node.alt ?? '')
  const url = node.type === 'image' ? node.url : (state.definitions.get(node.identifier)?.url ?? null)
  if (keywords.background) {
    if (url?.trim()) {
      state.summary.backgrounds.push({
        url,
        size: keywords.size,
        filter: keywords.filter,
        alt: keywords.alt || null,
        split: keywords.split,
        direction: keywords.direction,
        source: node.alt ?? '',
      })
    }
    return null
  }
  const style = [
    keywords.width && !keywords.width.endsWith('%') ? `width:${keywords.width};` : '',
    keywords.height && !keywords.height.endsWith('%') ? `height:${keywords.height};` : '',
    keywords.filter ? `filter:${keywords.filter};` : '',
  ].join('')
  const title = node.type === 'image' ? node.title : state.definitions.get(node.identifier)?.title
  const image: Image = { type: 'image', url: url ?? '', alt: keywords.alt, title: title ?? null }
  if (node.position) image.position = node.position
  if (style) image.data = { hProperties: { style } }
  if (keywords.alt !== (node.alt ?? '')) image.data = { ...image.data, marpAlt: node.alt ?? '' }
  if (node.type === 'imageReference' && url === null) {
    // An undefined reference renders as its source text, as CommonMark does.
    return { type: 'text', value: state.source.slice(node.position?.start.offset, node.position?.end.offset) }
  }
  return image
}

/** `*` bullets and `1)` numbers are Marp's fragmented lists. */
function isFragmentList(node: List, source: string): boolean {
  const offset = node.children[0]?.position?.start.offset
  if (offset === undefined) return false
  const marker = /^(?:[*+-]|\d+[.)])/.exec(source.slice(offset, offset + 11))?.[0] ?? ''
  return node.ordered ? marker.endsWith(')') : marker === '*'
}

function cleanList(node: List, state: WalkState): List {
  const fragment = isFragmentList(node, state.source)
  state.depth++
  const children = node.children.map((item) => {
    if (fragment) state.summary.fragments++
    const copy = { ...item, children: cleanChildren(item, state) }
    if (fragment) copy.data = { ...item.data, hProperties: { ...item.data?.hProperties, 'data-marpit-fragment': '' } }
    return copy
  })
  state.depth--
  return { ...node, children }
}
