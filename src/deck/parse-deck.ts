/**
 * Text in, Deck out: the engine's entry point.
 *
 * Steps: normalise the text, read the front matter, cut the body into chunks
 * at top-level rulers and headings (scan-blocks.ts), parse each chunk (cached
 * by its text), then assemble slides, directives, pagination and heading ids
 * over the whole deck. Only the chunks an edit touched are parsed again.
 */
import type { Definition, Root } from 'mdast'
import { normaliseText, splitFrontMatter } from './source.ts'
import { scanBlocks, type Chunk } from './scan-blocks.ts'
import { collectDefinitions, parseChunkTree, summarise, type ChunkSummary } from './parse-chunk.ts'
import { splitPieces } from './split-pieces.ts'
import { readFrontMatter, type DirectiveSet, type GlobalValues, type LocalValues } from './directives.ts'
import { assembleSlides } from './assemble.ts'
import { checkText, DeckError } from './limits.ts'
import type { Deck, DeckMeta, DeckWarning } from './types.ts'

export interface ParseDeckOptions {
  /** Size presets by name, `[width, height]` in px. Default: `16:9` (1280×720) and `4:3` (960×720). */
  sizes?: Readonly<Record<string, readonly [number, number]>>
}

const defaultSizes: Record<string, readonly [number, number]> = { '16:9': [1280, 720], '4:3': [960, 720] }

/** A parsed chunk, kept in the cache. */
interface ParsedChunk {
  tree: Root
  definitions: Map<string, Definition>
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

export interface DeckParser {
  /** Parse a deck; chunks seen before (in this parser) are not parsed again. */
  parse(text: string): Deck
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

  const parseChunk = (text: string, definitions: string, warnings: DeckWarning[], line: number): ParsedChunk => {
    const key = definitions ? `${text}\0${definitions}` : text
    const hit = cache.get(key)
    if (hit) return hit
    let tree: Root
    try {
      tree = parseChunkTree(definitions ? `${text}\n\n${definitions}` : text)
    } catch (error) {
      // Pathological input (thousands of nested containers) must not lose the slide's text.
      warnings.push({
        rule: 'unparsed-chunk',
        message: `This part could not be read as Markdown (${error instanceof Error ? error.message : String(error)}); it is shown as plain text.`,
        line: line + 1,
      })
      tree = { type: 'root', children: [{ type: 'code', lang: null, meta: null, value: text }] }
    }
    const defs = collectDefinitions(tree)
    const parsed = { tree, definitions: defs, whole: summarise(tree.children, text, defs), pieces: new Map() }
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string)
    cache.set(key, parsed)
    return parsed
  }

  return {
    parse(input: string): Deck {
      checkText(input)
      const text = normaliseText(input)
      const warnings: DeckWarning[] = []
      const source = splitFrontMatter(text)
      const front = readFront(source.frontMatter, source.frontMatterUnclosed, warnings)
      const scan = scanBlocks(source.body)
      for (const open of scan.unclosed) warnings.push({ ...open, line: open.line + source.bodyLine + 1 })
      const definitions = scan.definitions.join('\n')
      const parsed = scan.chunks.map((chunk) =>
        parseChunk(chunk.text, definitions, warnings, chunk.line + source.bodyLine),
      )

      const globals = collectGlobals(front.set, parsed)
      const divider = globals.headingDivider || null
      const levels = new Set(divider ?? [])
      const placed: PlacedChunk[] = scan.chunks.map((chunk, index) => {
        const chunkParse = parsed[index] as ParsedChunk
        return { chunk, line: chunk.line + source.bodyLine, pieces: piecesOf(chunkParse, chunk.text, levels) }
      })

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
      const slides = assembleSlides(placed, front.set, meta, warnings, source.bodyLine)
      return { meta, slides, warnings }
    },
  }
}

/** Read the front matter, warning when Marp would lose it. */
function readFront(yaml: string | null, unclosed: boolean, warnings: DeckWarning[]) {
  const empty: DirectiveSet = { globals: {}, locals: {}, spots: {}, unknown: {} }
  if (yaml === null) return { set: empty, info: { present: false, parsedAsYaml: false, keys: [] } }
  if (unclosed) {
    warnings.push({
      rule: 'front-matter-unclosed',
      message: 'The front matter opened on line 1 never closes, so Marp reads the whole file as front matter and shows one empty slide. Add a `---` line after it.',
      line: 1,
    })
  }
  const read = readFrontMatter(yaml)
  if ('error' in read) {
    warnings.push({
      rule: 'front-matter-yaml',
      message: `The front matter is not valid YAML (${read.error}), so Marp ignores all of it: none of its directives (theme, paginate, header, …) apply. Quote values that contain \`: \` or start with \`*\`, \`[\` or \`&\`.`,
      line: 1,
    })
    return { set: empty, info: { present: true, parsedAsYaml: false, keys: [] } }
  }
  return { set: read.set, info: { present: true, parsedAsYaml: true, keys: read.keys } }
}

/** Global directives: front matter first, then every directive comment in order; the last wins. */
function collectGlobals(front: DirectiveSet, parsed: readonly ParsedChunk[]): GlobalValues {
  const globals: GlobalValues = { ...front.globals }
  for (const chunk of parsed) {
    for (const comment of chunk.whole.comments) {
      if (comment.kind === 'directives') Object.assign(globals, comment.set.globals)
    }
  }
  return globals
}

/** The chunk as one piece, or cut at the divider's headings inside it. */
function piecesOf(chunk: ParsedChunk, text: string, levels: ReadonlySet<number>): ChunkSummary[] {
  if (!chunk.whole.cutLevels.some((level) => levels.has(level))) return [chunk.whole]
  const key = [...levels].join(',')
  let pieces = chunk.pieces.get(key)
  if (!pieces) {
    pieces = splitPieces(chunk.tree.children, levels).map((nodes) => summarise(nodes, text, chunk.definitions))
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
