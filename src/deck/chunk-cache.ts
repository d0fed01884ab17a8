/**
 * Parsing chunks, remembered by their text: a deck re-read after an edit
 * parses only the chunks the edit touched. The chunks not seen before are
 * parsed in one call (which saves the parser's fixed cost per call), each
 * alone as a fallback.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast'
import { cacheLimit, type ChunkControl, type DeckCache, type ParsedChunk } from './cache.ts'
import { resolveChunk } from './resolve.ts'
import { maxDelimiterRuns, maxLineLength, maxNesting, type Chunk } from './scan-blocks.ts'
import type { ChunkOrigin } from './tree.ts'

/** Markdown to mdast: the processor's own parser, with every syntax extension its plugins added. */
export type MarkdownParser = (text: string) => Root

const separator = '<!--lectern-chunk-boundary-->'
/**
 * What follows every chunk, in a batch or alone. A block still open at a
 * chunk's end (an HTML block or a fence in a list item) takes in the blank
 * lines after it, so a chunk must see the same text after it however it is
 * parsed, or an edit elsewhere would change it.
 */
const after = `\n\n${separator}\n\n`

/** The nodes before `end`: the deck's definitions appended after a chunk's text are only there to resolve references. */
function ownNodes(tree: Root, end: number): RootContent[] {
  return tree.children.filter((node) => (node.position?.start.offset ?? 0) < end)
}

const isSeparator = (node: RootContent) => node.type === 'html' && node.value === separator

function collectDefinitions(tree: Root): Map<string, Definition> {
  const map = new Map<string, Definition>()
  const visit = (node: Nodes) => {
    if (node.type === 'definition' && !map.has(node.identifier)) map.set(node.identifier, node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return map
}

/**
 * Parse several chunks in one call and cut the tree back into one node list
 * per chunk; null when it does not cut back cleanly.
 *
 * Notes: the scanner cuts only where every top-level block is closed, so a
 * blank line and a comment line between two chunks cannot join them. Only the
 * deck's last chunk may end inside a top-level block (a fence never closed);
 * that block swallows the separators after it, the tree does not cut back,
 * and each chunk of the batch is read alone.
 */
function parseTogether(texts: readonly string[], definitions: string, parse: MarkdownParser) {
  const source = texts.map((text) => text + after).join('') + definitions
  const tree = parse(source)
  const defs = collectDefinitions(tree)
  const nodes: RootContent[][] = [[]]
  for (const node of ownNodes(tree, source.length - definitions.length)) {
    if (isSeparator(node)) nodes.push([])
    else nodes.at(-1)?.push(node)
  }
  if (nodes.pop()?.length !== 0 || nodes.length !== texts.length) return null
  let lineBase = 0
  const origins = texts.map((text): ChunkOrigin => {
    const origin = { source, lineBase, definitions: defs }
    lineBase += text.split('\n').length + 3
    return origin
  })
  return { nodes, origins }
}

function remember(cache: DeckCache, key: string, nodes: RootContent[], origin: ChunkOrigin, notice?: string) {
  const resolved = resolveChunk(nodes, origin)
  const parsed: ParsedChunk = { nodes: resolved.nodes, origin, dropped: resolved.dropped }
  if (notice) parsed.notice = notice
  cache.chunks.set(key, parsed)
}

/** Keep a chunk as plain text: pathological input must not lose the slide's text. */
function keepAsText(cache: DeckCache, key: string, text: string, why: string) {
  const code: RootContent = { type: 'code', lang: null, meta: null, value: text }
  remember(
    cache,
    key,
    [code],
    { source: text, lineBase: 0, definitions: new Map() },
    `${why}; this part is shown as plain text.`,
  )
}

function parseAlone(
  cache: DeckCache,
  key: string,
  chunk: Chunk,
  definitions: string,
  parse: MarkdownParser,
  tooSlow: boolean,
) {
  if (tooSlow) return keepAsText(cache, key, chunk.text, 'Reading this part as Markdown took too long')
  if (chunk.unparsable === 'deep')
    return keepAsText(cache, key, chunk.text, `Lists or quotes here nest more than ${maxNesting} levels deep`)
  if (chunk.unparsable === 'long')
    return keepAsText(cache, key, chunk.text, `A line here is longer than ${maxLineLength / 1024} K characters`)
  if (chunk.unparsable === 'emphasis')
    return keepAsText(
      cache,
      key,
      chunk.text,
      `A paragraph here has more than ${maxDelimiterRuns} runs of \`*\`, \`_\` or \`~\`, too many to read as emphasis`,
    )
  try {
    let source = chunk.text + after + definitions
    let tree = parse(source)
    let nodes = ownNodes(tree, chunk.text.length)
    // A block open at the end of the deck's last chunk swallows the separator: read the chunk as it stands.
    if (!tree.children.some(isSeparator)) {
      source = definitions ? `${chunk.text}\n\n${definitions}` : chunk.text
      tree = parse(source)
      nodes = ownNodes(tree, chunk.text.length)
    }
    remember(cache, key, nodes, { source, lineBase: 0, definitions: collectDefinitions(tree) })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    keepAsText(cache, key, chunk.text, `This part could not be read as Markdown (${reason})`)
  }
}

/**
 * Forget the chunks this deck does not use when adding would grow the cache
 * past its limit. The deck's own chunks stay, however many: each is read back
 * once all are parsed.
 */
function makeRoom(cache: DeckCache, keys: readonly string[], adding: number) {
  if (cache.chunks.size + adding <= cacheLimit) return
  const used = new Set(keys)
  for (const key of cache.chunks.keys()) if (!used.has(key)) cache.chunks.delete(key)
}

/**
 * Parse the chunks the cache does not hold yet.
 *
 * @param keys Cache key of each chunk (its text, plus the deck's definitions).
 * @param definitions The deck's definitions, appended to each chunk so its references resolve.
 * @param control Who watches each parser call, and which chunks are read alone or kept as text.
 */
export function ensureChunks(
  cache: DeckCache,
  chunks: readonly Chunk[],
  keys: readonly string[],
  definitions: string,
  parse: MarkdownParser,
  control: ChunkControl = {},
): void {
  const { onChunks, alone, tooSlow } = control
  const missing = [...new Map(keys.map((key, index) => [key, index])).entries()]
    .filter(([key]) => !cache.chunks.has(key))
    .map(([, index]) => index)
    .sort((a, b) => a - b)
  makeRoom(cache, keys, missing.length)
  for (const group of batches(missing, chunks, (index) => alone?.has(index) || tooSlow?.has(index))) {
    if (group.length > 1 && !group.some((index) => chunks[index]?.unparsable)) {
      try {
        onChunks?.(group)
        const texts = group.map((index) => chunks[index]?.text ?? '')
        const batch = parseTogether(texts, definitions, parse)
        onChunks?.([])
        if (batch) {
          group.forEach((index, n) =>
            remember(cache, keys[index] ?? '', batch.nodes[n] ?? [], batch.origins[n] as ChunkOrigin),
          )
          continue
        }
      } catch {
        // fall through: each chunk alone, so one bad chunk cannot take the others with it
      }
    }
    for (const index of group) {
      const slow = tooSlow?.has(index) ?? false
      if (!slow) onChunks?.([index])
      parseAlone(cache, keys[index] ?? '', chunks[index] as Chunk, definitions, parse, slow)
      if (!slow) onChunks?.([])
    }
  }
}

/**
 * Most text parsed in one call. The parser's cost per call is worth sharing,
 * but its own cost grows faster than the text (it edits its event list in
 * place), so thousands of slides in one call take minutes.
 */
const batchLength = 4 * 1024

/** The chunks to parse, in order, cut into groups of about `batchLength` characters; a chunk `single` says so is a group of its own. */
function batches(
  missing: readonly number[],
  chunks: readonly Chunk[],
  single: (index: number) => boolean | undefined,
): number[][] {
  const groups: number[][] = []
  let length = Infinity
  for (const index of missing) {
    const size = single(index) ? Infinity : (chunks[index]?.text.length ?? 0)
    if (length + size > batchLength) {
      groups.push([])
      length = 0
    }
    groups.at(-1)?.push(index)
    length += size
  }
  return groups
}

/** A chunk `ensureChunks` has parsed. */
export function parsedChunk(cache: DeckCache, key: string): ParsedChunk {
  const parsed = cache.chunks.get(key)
  if (!parsed) throw new Error('Unexpected unparsed chunk, expected `ensureChunks` first')
  return parsed
}
