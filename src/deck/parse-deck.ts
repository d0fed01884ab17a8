/**
 * Text in, Deck out: the engine's entry point.
 *
 * Steps: normalise the text, read the front matter, cut the body into chunks
 * at top-level rulers and headings (scan-blocks.ts), parse each chunk (cached
 * by its text), then assemble slides, directives, pagination and heading ids
 * over the whole deck. Only the chunks an edit touched are parsed again.
 */
import { normaliseText, splitFrontMatter, type SourceParts } from './source.ts'
import { scanBlocks, type ScanResult } from './scan-blocks.ts'
import { cacheLimit, createChunkCache, piecesOf } from './chunk-cache.ts'
import { parseInlines, visibleText } from './inline.ts'
import {
  classifyComment,
  readFrontMatter,
  type CommentMeaning,
  type DirectiveSet,
  type GlobalValues,
} from './directives.ts'
import { analyseComment } from './html-blocks.ts'
import { assembleSlides, draftSlides, type PlacedChunk } from './assemble.ts'
import { checkText } from './limits.ts'
import type { Deck, DeckMeta, DeckWarning, HeaderFooter } from './types.ts'

export interface ParseDeckOptions {
  /** Size presets by name, `[width, height]` in px. Default: `16:9` (1280×720) and `4:3` (960×720). */
  sizes?: Readonly<Record<string, readonly [number, number]>>
}

const defaultSizes: Record<string, readonly [number, number]> = { '16:9': [1280, 720], '4:3': [960, 720] }

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

/**
 * Make a parser that remembers parsed chunks, for re-parsing a deck as it is
 * edited.
 *
 * @param options Size presets.
 */
export function createDeckParser(options: ParseDeckOptions = {}): DeckParser {
  const sizes = options.sizes ?? defaultSizes
  const chunks = createChunkCache()
  const inlines = new Map<string, HeaderFooter>()
  const prescanned = new Map<string, CommentMeaning>()
  let lastScan: ScanResult | undefined

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
      /** The first `count` chunks, parsed and cut by the divider's levels. */
      const place = (count: number, levels: ReadonlySet<number>): PlacedChunk[] => {
        chunks.ensure(scan.chunks.slice(0, count), keys.slice(0, count), definitions)
        return scan.chunks.slice(0, count).map((chunk, index) => ({
          chunk,
          line: chunk.line + source.bodyLine,
          pieces: piecesOf(chunks.get(keys[index] ?? ''), levels),
        }))
      }

      let globals: GlobalValues
      let placed: PlacedChunk[]
      if (limit === undefined) {
        chunks.ensure(scan.chunks, keys, definitions)
        globals = collectGlobals(
          front.set,
          keys.map((key) => chunks.get(key).whole.comments),
        )
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
      placed.forEach((place, index) => {
        const notice = chunks.get(keys[index] ?? '').notice
        if (notice) warnings.push({ rule: 'unparsed-chunk', message: notice, line: place.line + 1 })
      })
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
        warnings.push({
          rule: 'unknown-size',
          message: `Unknown size \`${globals.size}\`, expected one of ${Object.keys(sizes).join(', ')}; the slides stay ${width}×${height}.`,
          line: 1,
        })
      }
      const slides = assembleSlides(placed, front.set, meta, warnings, source.bodyLine, headerFooters)
      const complete = limit === undefined || (slides.length <= limit && placed.length === scan.chunks.length)
      return { meta, slides: complete ? slides : slides.slice(0, limit), warnings, complete }
    },
  }
}

/** Read the front matter, warning when Marp would lose it. */
function readFront(
  { frontMatter: yaml, frontMatterBlock: block, frontMatterUnclosed: unclosed }: SourceParts,
  warnings: DeckWarning[],
) {
  const empty: DirectiveSet = { globals: {}, locals: {}, spots: {}, unknown: {} }
  if (yaml === null || block === null)
    return { set: empty, info: { present: false, parsedAsYaml: false, keys: [], text: null } }
  if (unclosed) {
    warnings.push({
      rule: 'front-matter-unclosed',
      message:
        'The front matter opened on line 1 never closes, so Marp reads the whole file as front matter and shows one empty slide. Add a `---` line after it.',
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
