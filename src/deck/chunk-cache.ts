/**
 * Parsed chunks, remembered by their text: a deck re-read after an edit
 * parses only the chunks the edit touched.
 */
import type { RootContent } from 'mdast'
import { maxLineLength, maxNesting, type Chunk } from './scan-blocks.ts'
import { collectDefinitions, ownNodes, parseChunkTree, parseChunkTrees, type ChunkOrigin } from './parse-chunk.ts'
import { summarise, type ChunkSummary } from './summarise.ts'
import { splitPieces } from './split-pieces.ts'

/** A parsed chunk. */
export interface ParsedChunk {
  /** Top-level nodes as parsed (positions relative to `origin.source`). */
  nodes: RootContent[]
  origin: ChunkOrigin
  whole: ChunkSummary
  /** Pieces by headingDivider levels, computed only when a divider cuts inside this chunk. */
  pieces: Map<string, ChunkSummary[]>
  /** Why the chunk is kept as plain text, when it could not be parsed as Markdown. */
  notice?: string
}

/** Most chunks (and header/footer values) a parser remembers. */
export const cacheLimit = 20_000

export function createChunkCache() {
  const cache = new Map<string, ParsedChunk>()

  const remember = (key: string, nodes: RootContent[], origin: ChunkOrigin, notice?: string) => {
    const parsed: ParsedChunk = { nodes, origin, whole: summarise(nodes, origin), pieces: new Map() }
    if (notice) parsed.notice = notice
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
    cache.set(key, parsed)
  }

  /** Keep a chunk as plain text: pathological input must not lose the slide's text. */
  const keepAsText = (key: string, text: string, why: string) => {
    const code: RootContent = { type: 'code', lang: null, meta: null, value: text }
    remember(
      key,
      [code],
      { source: text, lineBase: 0, definitions: new Map() },
      `${why}; this part is shown as plain text.`,
    )
  }

  const parseAlone = (key: string, chunk: Chunk, definitions: string) => {
    if (chunk.unparsable === 'deep')
      return keepAsText(key, chunk.text, `Lists or quotes here nest more than ${maxNesting} levels deep`)
    if (chunk.unparsable === 'long')
      return keepAsText(key, chunk.text, `A line here is longer than ${maxLineLength / 1024} K characters`)
    const source = definitions ? `${chunk.text}\n\n${definitions}` : chunk.text
    try {
      const tree = parseChunkTree(source)
      remember(key, ownNodes(tree, chunk.text.length), { source, lineBase: 0, definitions: collectDefinitions(tree) })
    } catch (error) {
      keepAsText(
        key,
        chunk.text,
        `This part could not be read as Markdown (${error instanceof Error ? error.message : String(error)})`,
      )
    }
  }

  return {
    /**
     * Parse the chunks not remembered yet: together when there are several
     * (one remark call), each alone as a fallback.
     *
     * @param keys Cache key of each chunk (its text, plus the deck's link definitions).
     */
    ensure(chunks: readonly Chunk[], keys: readonly string[], definitions: string): void {
      const missing = [...new Map(keys.map((key, index) => [key, index])).entries()]
        .filter(([key]) => !cache.has(key))
        .map(([, index]) => index)
        .sort((a, b) => a - b)
      if (missing.length > 1 && !missing.some((index) => chunks[index]?.unparsable)) {
        try {
          const batch = parseChunkTrees(
            missing.map((index) => chunks[index]?.text ?? ''),
            definitions,
          )
          if (batch) {
            missing.forEach((index, n) =>
              remember(keys[index] ?? '', batch.nodes[n] ?? [], batch.origins[n] as ChunkOrigin),
            )
            return
          }
        } catch {
          // fall through: each chunk alone, so one bad chunk cannot take the others with it
        }
      }
      for (const index of missing) parseAlone(keys[index] ?? '', chunks[index] as Chunk, definitions)
    },

    /** A chunk `ensure` has parsed. */
    get(key: string): ParsedChunk {
      const parsed = cache.get(key)
      if (!parsed) throw new Error(`Unexpected unparsed chunk, expected \`ensure\` first`)
      return parsed
    },
  }
}

/** The chunk as one piece, or cut at the divider's headings inside it. */
export function piecesOf(chunk: ParsedChunk, levels: ReadonlySet<number>): ChunkSummary[] {
  if (!chunk.whole.cutLevels.some((level) => levels.has(level))) return [chunk.whole]
  const key = [...levels].join(',')
  let pieces = chunk.pieces.get(key)
  if (!pieces) {
    pieces = splitPieces(chunk.nodes, levels).map((nodes) => summarise(nodes, chunk.origin))
    chunk.pieces.set(key, pieces)
  }
  return pieces
}
