/**
 * What the split needs to know of a run of top-level nodes (a chunk, or a
 * piece of one): its comments (directives and notes), its `<style>` blocks,
 * whether it shows anything, where headingDivider could cut inside it; and
 * the nodes without those comments and style blocks.
 *
 * Notes: a `<!-- fit -->` comment in a heading is no note; it stays in the
 * heading for the fit plugin.
 */
import type { Nodes, RootContent } from 'mdast'
import type { DeckCache } from './cache.ts'
import type { CommentMeaning, GlobalValues } from './directives.ts'
import { commentGlobals } from './front-matter.ts'
import { analyseComment, analyseStyle } from './html-blocks.ts'
import { isBackground } from './image-keywords.ts'
import { lineIn } from './resolve.ts'
import { mapChildren, type ChunkOrigin, type SlideStyle } from './tree.ts'
import type { DroppedText } from './warn.ts'

/** A comment: its meaning, its content, and its 0-based line within the chunk. */
export type OutlineComment = CommentMeaning & { content: string; line: number }

export interface Outline {
  /** The nodes without comments (but `fit` markers) and style blocks. */
  children: RootContent[]
  comments: OutlineComment[]
  /** The global directives its comments set, merged; null for none. */
  globals: GlobalValues | null
  styles: SlideStyle[]
  /** Raw text Marp hides: directive and lint comments, fit markers, style blocks. */
  hidden: string[]
  /** Text Marp drops (after `-->` or `</style>` on the same line, inside an unclosed comment). */
  dropped: DroppedText[]
  /** Whether any node other than comments, styles and definitions was seen (Marp's "visible" tokens). */
  visible: boolean
  /** Levels of headings that headingDivider may cut before: nested in containers, or not first. */
  cutLevels: number[]
  /** 0-based line of the first node, relative to the chunk. */
  firstLine: number
}

interface WalkState {
  origin: ChunkOrigin
  meaning: DeckCache['meaning']
  outline: Outline
  inHeading: boolean
  depth: number
}

function addCutLevel(outline: Outline, level: number) {
  if (!outline.cutLevels.includes(level)) outline.cutLevels.push(level)
}

/** Record the text Marp drops after a block's closer on the same line, or inside an unclosed comment. */
function noteDropped(html: string, closer: RegExp, line: number, state: WalkState) {
  const end = closer.exec(html)
  if (!end) {
    if (closer.source === '-->' && html.trim().length > 4) {
      state.outline.dropped.push({
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
  if (after)
    state.outline.dropped.push({
      text: after,
      line,
      why: `Marp drops text that follows \`${end[0]}\` on the same line`,
    })
}

/**
 * A paragraph left with only bg images (and comments) is hidden by Marp, and
 * the notes in it with it; its directives still apply.
 */
function dropNotesSince(start: number, state: WalkState) {
  const comments = state.outline.comments
  for (let index = comments.length - 1; index >= start; index--) {
    const comment = comments[index]
    if (comment?.kind !== 'note') continue
    comments.splice(index, 1)
    if (comment.text) {
      state.outline.dropped.push({
        text: comment.text,
        line: comment.line,
        why: 'Marp shows no note written beside a background image in the same paragraph',
      })
    }
  }
}

/** Whether inline content shows nothing: only white space and line breaks. */
export function isBlank(children: readonly Nodes[]): boolean {
  return children.every((c) => (c.type === 'text' && !c.value.trim()) || c.type === 'break')
}

function cleanHtml(node: Extract<RootContent, { type: 'html' }>, state: WalkState): RootContent | null {
  const line = lineIn(node, state.origin)
  const comment = analyseComment(node.value)
  if (comment !== null) {
    noteDropped(node.value, /-->/, line, state)
    if (state.inHeading && comment === 'fit') {
      state.outline.hidden.push(comment)
      return node
    }
    const meaning = state.meaning(comment)
    if (meaning.kind !== 'note') state.outline.hidden.push(comment)
    state.outline.comments.push({ ...meaning, content: comment, line })
    return null
  }
  const style = analyseStyle(node.value)
  if (!style) return node
  noteDropped(node.value, /<\/style>/i, line, state)
  state.outline.styles.push(style)
  state.outline.hidden.push(node.value)
  return null
}

/** A node without its comments and style blocks, or null when nothing of it is left. */
function cleanNode(node: RootContent, state: WalkState): RootContent | null {
  switch (node.type) {
    case 'html':
      return cleanHtml(node, state)
    case 'heading': {
      if (state.depth > 0) addCutLevel(state.outline, node.depth)
      state.inHeading = true
      const heading = mapChildren(node, (child) => cleanNode(child, state))
      state.inHeading = false
      return heading
    }
    case 'paragraph': {
      const before = state.outline.comments.length
      const paragraph = mapChildren(node, (child) => cleanNode(child, state))
      const rest = paragraph.children.filter((c) => !(c.type === 'image' && isBackground(c.alt ?? '')))
      if (isBlank(rest)) dropNotesSince(before, state)
      return isBlank(paragraph.children) ? null : paragraph
    }
    default: {
      if (!('children' in node)) return node
      state.depth++
      const copy = mapChildren(node, (child) => cleanNode(child, state))
      state.depth--
      return copy
    }
  }
}

/** Read a run of top-level nodes (a whole chunk, or a piece of it). */
export function outline(nodes: readonly RootContent[], origin: ChunkOrigin, meaning: DeckCache['meaning']): Outline {
  const result: Outline = {
    children: [],
    comments: [],
    globals: null,
    styles: [],
    hidden: [],
    dropped: [],
    visible: false,
    cutLevels: [],
    firstLine: (nodes[0]?.position?.start.line ?? origin.lineBase + 1) - 1 - origin.lineBase,
  }
  const state: WalkState = { origin, meaning, outline: result, inHeading: false, depth: 0 }
  nodes.forEach((node, index) => {
    if (node.type === 'heading' && index > 0) addCutLevel(result, node.depth)
    const kept = cleanNode(node, state)
    if (kept) result.children.push(kept)
    // Marp's hidden tokens are comments, style blocks and definitions; a paragraph emptied of its
    // bg images still counts as visible.
    if (node.type !== 'definition' && (node.type !== 'html' || kept)) result.visible = true
  })
  result.globals = commentGlobals(result.comments)
  return result
}
