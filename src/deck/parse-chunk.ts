/**
 * Parse chunk text with remark: one chunk, or several in one call.
 *
 * Parsing is per chunk (see scan-blocks.ts) and cached by the chunk's text, so
 * nothing here depends on slide numbers or deck state.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast'
import { unified, type Preset } from 'unified'
import remarkParse from 'remark-parse'
import remarkGemoji from 'remark-gemoji'
import remarkBreaks from 'remark-breaks'
import { remarkLinkify } from './remark-linkify.ts'
import { remarkMarpGfm } from './remark-marp-gfm.ts'
import { remarkMarpMath } from './remark-marp-math.ts'

/** Where a chunk's nodes came from: the parsed text, the chunk's first line in it, and its definitions. */
export interface ChunkOrigin {
  source: string
  lineBase: number
  definitions: Map<string, Definition>
}

/** Marp's Markdown dialect on top of CommonMark: tables, strikethrough, bare URLs, math, emoji shortcodes, soft breaks as `<br>`. */
export const marpDialect: Preset = {
  plugins: [remarkMarpGfm, remarkLinkify, remarkMarpMath, remarkGemoji, remarkBreaks],
}

const processor = unified().use(remarkParse).use(marpDialect).freeze()

/** Parse chunk text into a raw mdast tree (with remark-breaks and gemoji applied). */
export function parseChunkTree(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}

const separator = '<!--lectern-chunk-boundary-->'

/** The nodes before `end`: the deck's definitions appended after a chunk's text are only there to resolve references. */
export function ownNodes(tree: Root, end: number): RootContent[] {
  return tree.children.filter((node) => (node.position?.start.offset ?? 0) < end)
}

/**
 * Parse several chunks in one remark call, which saves the parser's fixed
 * cost per call, and cut the tree back into one node list per chunk.
 *
 * Notes: chunks end with every block closed (scan-blocks cuts only there), so
 * a blank line and a comment line between two chunks cannot join them; the
 * last chunk of a deck, which may end inside an open block, must come last.
 * Returns null when the tree does not cut back cleanly.
 */
export function parseChunkTrees(
  texts: readonly string[],
  definitions: string,
): { nodes: RootContent[][]; origins: ChunkOrigin[] } | null {
  const source = texts.join(`\n\n${separator}\n\n`) + (definitions ? `\n\n${definitions}` : '')
  const tree = parseChunkTree(source)
  const defs = collectDefinitions(tree)
  const nodes: RootContent[][] = [[]]
  const end = source.length - (definitions ? definitions.length + 2 : 0)
  for (const node of ownNodes(tree, end)) {
    if (node.type === 'html' && node.value === separator) nodes.push([])
    else nodes.at(-1)?.push(node)
  }
  if (nodes.length !== texts.length) return null
  let lineBase = 0
  const origins = texts.map((text) => {
    const origin = { source, lineBase, definitions: defs }
    lineBase += text.split('\n').length + 3
    return origin
  })
  return { nodes, origins }
}

export function collectDefinitions(tree: Root): Map<string, Definition> {
  const map = new Map<string, Definition>()
  const visit = (node: Nodes) => {
    if (node.type === 'definition' && !map.has(node.identifier)) map.set(node.identifier, node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return map
}
