/**
 * Where slides begin: at every ruler, and at each heading of a divider level
 * (headingDivider) once the slide shows something, including headings nested
 * in lists and block quotes.
 */
import type { RootContent } from 'mdast'
import type { DeckCache } from './cache.ts'
import { outline, type Outline } from './outline.ts'
import { splitPieces } from './split-pieces.ts'
import { withChildren, type ChunkNode } from './tree.ts'

/** A chunk, or a piece of one, with what the split knows of it. */
export interface Part {
  chunk: ChunkNode
  outline: Outline
}

/** One slide before directives: the parts it is made of. */
export interface Draft {
  /** 0-based line in the file. */
  line: number
  parts: Part[]
}

/** The outline of a chunk's nodes (remembered). */
export function outlineOf(cache: DeckCache, chunk: ChunkNode): Outline {
  return cache.memo<Outline>('outline')(chunk.children, () => outline(chunk.children, chunk.data.origin, cache.meaning))
}

/** The chunk as one part, or cut at the divider's headings inside it. */
function partsOf(cache: DeckCache, chunk: ChunkNode, levels: ReadonlySet<number>): Part[] {
  const whole = outlineOf(cache, chunk)
  if (!whole.cutLevels.some((level) => levels.has(level))) return [{ chunk, outline: whole }]
  const byLevels = cache.memo<Map<string, RootContent[][]>>('pieces')(chunk.children, () => new Map())
  const key = [...levels].join(',')
  let pieces = byLevels.get(key)
  if (!pieces) byLevels.set(key, (pieces = splitPieces(chunk.children, levels)))
  return pieces.map((nodes) => {
    const piece = withChildren(chunk, nodes)
    return { chunk: piece, outline: outlineOf(cache, piece) }
  })
}

/**
 * Group chunks into slides: every ruler cuts; a divider heading cuts once
 * visible content was seen.
 *
 * @param firstLine 0-based line of the body's start, where the first slide begins.
 */
export function draftSlides(
  cache: DeckCache,
  chunks: readonly ChunkNode[],
  levels: ReadonlySet<number>,
  firstLine: number,
): Draft[] {
  const drafts: Draft[] = [{ line: firstLine, parts: [] }]
  let visible = false
  for (const chunk of chunks) {
    const { boundary, line } = chunk.data
    if (boundary.kind === 'ruler' || (boundary.kind === 'heading' && levels.has(boundary.level) && visible)) {
      drafts.push({ line, parts: [] })
    }
    // A ruler is itself a visible token for the divider rule (`---` then `# A` gives an empty slide).
    if (boundary.kind === 'ruler') visible = true
    partsOf(cache, chunk, levels).forEach((part, index) => {
      if (index > 0 && visible) drafts.push({ line: line + part.outline.firstLine, parts: [] })
      drafts.at(-1)?.parts.push(part)
      visible ||= part.outline.visible
    })
  }
  return drafts
}
