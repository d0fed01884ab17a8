/**
 * Text in, Deck out: the engine's entry point.
 *
 * Steps: normalise the text, read the front matter, cut the body into chunks
 * at top-level rulers and headings (scan-blocks.ts), parse each chunk (cached
 * by its text), then assemble slides, directives, pagination and heading ids
 * over the whole deck. Only the chunks an edit touched are parsed again.
 */
import type { RootContent } from 'mdast'
import { normaliseText, splitFrontMatter, type SourceParts } from './source.ts'
import { maxLineLength, maxNesting, scanBlocks, type Chunk, type ScanResult } from './scan-blocks.ts'
import { collectDefinitions, ownNodes, parseChunkTree, parseChunkTrees, summarise, type ChunkOrigin, type ChunkSummary } from './parse-chunk.ts'
import { parseInlines, visibleText } from './inline.ts'
import { splitPieces } from './split-pieces.ts'
import { classifyComment, readFrontMatter, type CommentMeaning, type DirectiveSet, type GlobalValues, type LocalValues } from './directives.ts'
import { analyseComment } from './html-blocks.ts'
import { assembleSlides, draftSlides } from './assemble.ts'
import { checkText, DeckError } from './limits.ts'
import type { Deck, DeckMeta, DeckWarning, HeaderFooter } from './types.ts'

export interface ParseDeckOptions {
  /** Size presets by name, `[width, height]` in px. Default: `16:9` (1280×720) and `4:3` (960×720). */
  sizes?: Readonly<Record<string, readonly [number, number]>>
}

const defaultSizes: Record<string, readonly [number, number]> = { '16:9': [1280, 720], '4:3': [960, 720] }

/** A parsed chunk, kept in the cache. */
interface ParsedChunk {
  /** Top-level nodes as parsed (positions relative to `origin.source`). */
  nodes: RootContent[]
  origin: ChunkOrigin
  whole: ChunkSummary
  /** Pieces by headingDivider key, computed only when a divider cuts inside this chunk. */
  pieces: Map<string, ChunkSummary[]>
}

/** A chunk placed in the deck: where it is and what precedes it. */
export interface PlacedChunk {
  chunk: Chunk
  /** 0-based line in the whole file. */
  line: number
  pieces: ChunkSummary[]
}

export interface ParseOptions {
  /**
   * Build only the first `limit` slides, parsing no more of the deck than
   * they need (to show slide 1 of a long deck at once). The Deck is then
   * marked `complete: false`: global directives come from a quick scan of
   * the comments, and page totals count only the slides built.
   */
  limit?: number
}

export interface DeckParser {
  /** Parse a deck; chunks seen before (in this parser) are not parsed again. */
  parse(text: string, options?: ParseOptions): Deck
}

const cacheLimit = 20_000

/**
 * Make a parser that remembers parsed chunks, for re-parsing a deck as it is
 * edited.
 *
 * @param options Size presets.
 */
export function createDeckParser(options: ParseDeckOptions = {}): DeckParser {
  const sizes = options.sizes ?? defaultSizes
  const cache = new Map<string, ParsedChunk>()

  const inlines = new Map<string, HeaderFooter>()
  let lastScan: ScanResult | undefined
  const prescanned = new Map<string, CommentMeaning>()

  const remember = (key: string, nodes: RootContent[], origin: ChunkOrigin) => {
    const parsed = { nodes, origin, whole: summarise(nodes, origin), pieces: new Map() }
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
    cache.set(key, parsed)
  }

  /** Keep a chunk as plain text, with a warning: pathological input must not lose the slide's text. */
  const keepAsText = (key: string, text: string, line: number, why: string, warnings: DeckWarning[]) => {
    warnings.push({ rule: 'unparsed-chunk', message: `${why}; this part is shown as plain text.`, line: line + 1 })
    const code: RootContent = { type: 'code', lang: null, meta: null, value: text }
    remember(key, [code], { source: text, lineBase: 0, definitions: new Map() })
  }

  /** Parse one chunk alone. */
  const parseAlone = (key: string, chunk: Chunk, definitions: string, line: number, warnings: DeckWarning[]) => {
    if (chunk.unparsable) {
      const why = chunk.unparsable === 'deep'
        ? `Lists or quotes here nest more than ${maxNesting} levels deep`
        : `A line here is longer than ${maxLineLength / 1024} K characters`
      keepAsText(key, chunk.text, line, why, warnings)
      return
    }
    const source = definitions ? `${chunk.text}\n\n${definitions}` : chunk.text
    try {
      const tree = parseChunkTree(source)
      remember(key, ownNodes(tree, chunk.text.length), { source, lineBase: 0, definitions: collectDefinitions(tree) })
    } catch (error) {
      keepAsText(key, chunk.text, line, `This part could not be read as Markdown (${error instanceof Error ? error.message : String(error)})`, warnings)
    }
  }

  /** Parse the chunks the cache lacks: together when there are several, each alone as a fallback. */
  const parseMissing = (chunks: readonly Chunk[], keys: readonly string[], definitions: string, bodyLine: number, warnings: DeckWarning[]) => {
    const missing = [...new Map(keys.map((key, index) => [key, index])).entries()]
      .filter(([key]) => !cache.has(key))
      .map(([, index]) => index)
      .sort((a, b) => a - b)
    if (missing.length > 1 && !missing.some((index) => chunks[index]?.unparsable)) {
      try {
        const batch = parseChunkTrees(missing.map((index) => chunks[index]?.text ?? ''), definitions)
        if (batch) {
          missing.forEach((index, n) => remember(keys[index] ?? '', batch.nodes[n] ?? [], batch.origins[n] as ChunkOrigin))
          return
        }
      } catch {
        // fall through: each chunk alone, so one bad chunk cannot take the others with it
      }
    }
    for (const index of missing) {
      const chunk = chunks[index] as Chunk
      parseAlone(keys[index] ?? '', chunk, definitions, chunk.line + bodyLine, warnings)
    }
  }

  /** Header and footer values, parsed once (all the new ones together) and remembered. */
  const headerFooters = (markdowns: readonly string[]): ((markdown: string) => HeaderFooter) => {
    const missing = [...new Set(markdowns)].filter((markdown) => !inlines.has(markdown))
    if (inlines.size + missing.length > cacheLimit) inlines.clear()
    parseInlines(missing).forEach((tree, index) => {
      const markdown = missing[index] ?? ''
      inlines.set(markdown, { markdown, text: visibleText(tree), tree })
    })
    return (markdown) => inlines.get(markdown) ?? { markdown, text: markdown, tree: { type: 'root', children: [] } }
  }

  return {
    parse(input: string, { limit }: ParseOptions = {}): Deck {
      checkText(input)
      const text = normaliseText(input)
      const warnings: DeckWarning[] = []
      const source = splitFrontMatter(text)
      const front = readFront(source, warnings)
      const scan = scanBlocks(source.body, lastScan)
      lastScan = scan
      for (const open of scan.unclosed) warnings.push({ ...open, line: open.line + source.bodyLine + 1 })
      const definitions = scan.definitions.join('\n')
      const keys = scan.chunks.map((chunk) => (definitions ? `${chunk.text}\0${definitions}` : chunk.text))
      const place = (count: number, levels: ReadonlySet<number>): PlacedChunk[] => {
        parseMissing(scan.chunks.slice(0, count), keys.slice(0, count), definitions, source.bodyLine, warnings)
        return scan.chunks.slice(0, count).map((chunk, index) => ({
          chunk,
          line: chunk.line + source.bodyLine,
          pieces: piecesOf(cache.get(keys[index] ?? '') as ParsedChunk, levels),
        }))
      }

      let globals: GlobalValues
      let placed: PlacedChunk[]
      if (limit === undefined) {
        placed = []
        parseMissing(scan.chunks, keys, definitions, source.bodyLine, warnings)
        globals = collectGlobals(front.set, keys.map((key) => (cache.get(key) as ParsedChunk).whole.comments))
        placed = place(scan.chunks.length, new Set(globals.headingDivider || []))
      } else {
        globals = collectGlobals(front.set, [prescanComments(source.body, prescanned)])
        const levels = new Set(globals.headingDivider || [])
        // Parse a growing prefix until slide `limit + 1` has begun, so the first `limit` are whole.
        let count = Math.min(4, scan.chunks.length)
        placed = place(count, levels)
        while (count < scan.chunks.length && draftSlides(placed, levels, 0).length <= limit) {
          count = Math.min(count * 2, scan.chunks.length)
          placed = place(count, levels)
        }
      }
      const divider = globals.headingDivider || null

      const size = globals.size && Object.hasOwn(sizes, globals.size) ? globals.size : null
      const [width, height] = sizes[size ?? '16:9'] ?? [1280, 720]
      const meta: DeckMeta = {
        title: globals.title ?? null,
        author: globals.author ?? null,
        description: globals.description ?? null,
        keywords: globals.keywords ?? [],
        lang: globals.lang || null,
        theme: globals.theme ?? null,
        size,
        width,
        height,
        headingDivider: divider,
        math: globals.math ?? null,
        style: globals.style ?? null,
        styles: [],
        extra: front.set.unknown,
        frontMatter: front.info,
      }
      if (globals.size && !size) {
        warnings.push({ rule: 'unknown-size', message: `Unknown size \`${globals.size}\`, expected one of ${Object.keys(sizes).join(', ')}; the slides stay ${width}×${height}.`, line: 1 })
      }
      const slides = assembleSlides(placed, front.set, meta, warnings, source.bodyLine, headerFooters)
      const complete = limit === undefined || slides.length <= limit && placed.length === scan.chunks.length
      return { meta, slides: complete ? slides : slides.slice(0, limit), warnings, complete }
    },
  }
}

/** Read the front matter, warning when Marp would lose it. */
function readFront({ frontMatter: yaml, frontMatterBlock: block, frontMatterUnclosed: unclosed }: SourceParts, warnings: DeckWarning[]) {
  const empty: DirectiveSet = { globals: {}, locals: {}, spots: {}, unknown: {} }
  if (yaml === null || block === null) return { set: empty, info: { present: false, parsedAsYaml: false, keys: [], text: null } }
  if (unclosed) {
    warnings.push({
      rule: 'front-matter-unclosed',
      message: 'The front matter opened on line 1 never closes, so Marp reads the whole file as front matter and shows one empty slide. Add a `---` line after it.',
      line: 1,
      lost: block,
    })
  }
  const read = readFrontMatter(yaml)
  if ('error' in read) {
    warnings.push({
      rule: 'front-matter-yaml',
      message: `The front matter is not valid YAML (${read.error}), so Marp ignores all of it: none of its directives (theme, paginate, header, …) apply. Quote values that contain \`: \` or start with \`*\`, \`[\` or \`&\`.`,
      line: 1,
      lost: block,
    })
    return { set: empty, info: { present: true, parsedAsYaml: false, keys: [], text: block } }
  }
  return { set: read.set, info: { present: true, parsedAsYaml: true, keys: read.keys, text: block } }
}

/** Global directives: front matter first, then every directive comment in order; the last wins. */
function collectGlobals(front: DirectiveSet, comments: readonly (readonly CommentMeaning[])[]): GlobalValues {
  const globals: GlobalValues = { ...front.globals }
  for (const list of comments) {
    for (const comment of list) if (comment.kind === 'directives') Object.assign(globals, comment.set.globals)
  }
  return globals
}

/** Every `<!-- … -->` of a text, classified; a quick stand-in for parsing when only a few slides are built. */
function prescanComments(text: string, memo: Map<string, CommentMeaning>): CommentMeaning[] {
  return [...text.matchAll(/<!--[\s\S]*?-->/g)].map(([comment]) => {
    let meaning = memo.get(comment)
    if (!meaning) {
      meaning = classifyComment(analyseComment(comment) ?? '')
      if (memo.size >= cacheLimit) memo.clear()
      memo.set(comment, meaning)
    }
    return meaning
  })
}

/** The chunk as one piece, or cut at the divider's headings inside it. */
function piecesOf(chunk: ParsedChunk, levels: ReadonlySet<number>): ChunkSummary[] {
  if (!chunk.whole.cutLevels.some((level) => levels.has(level))) return [chunk.whole]
  const key = [...levels].join(',')
  let pieces = chunk.pieces.get(key)
  if (!pieces) {
    pieces = splitPieces(chunk.nodes, levels).map((nodes) => summarise(nodes, chunk.origin))
    chunk.pieces.set(key, pieces)
  }
  return pieces
}

/**
 * Parse a Marp Markdown deck.
 *
 * @param text The deck's Markdown.
 * @param options Size presets.
 * @throws {DeckError} When the input is not a text deck or is too large.
 */
export function parseDeck(text: string, options: ParseDeckOptions = {}): Deck {
  return createDeckParser(options).parse(text)
}

export { DeckError }
export type { LocalValues }
