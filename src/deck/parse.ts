/**
 * The deck processor's parser: remark's parser, run chunk by chunk and
 * remembered.
 *
 * The text is normalised and its front matter taken off by Marp's rule; a
 * line scanner cuts the body into chunks at top-level rulers and headings
 * (scan-blocks.ts), the only places a slide may begin; each chunk is parsed
 * by the parser the processor had before (remark-parse, with every syntax
 * extension the plugins before added) and remembered by its text. So a deck
 * of a thousand slides never goes through micromark in one piece, and an
 * edit parses only the chunk it touched.
 *
 * With a `limit`, only a growing prefix of the text is scanned
 * (scan-prefix.ts) and of its chunks parsed, until slide `limit + 1` has
 * begun: the first slides of a long deck cost what they do in a short one.
 */
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { runOf, type DeckCache, type DeckRun } from './cache.ts'
import { ensureChunks, parsedChunk, type MarkdownParser } from './chunk-cache.ts'
import { globalDirectives, type GlobalValues } from './directives.ts'
import { collectGlobals, commentGlobals, dividerLevels, readFront } from './front-matter.ts'
import { analyseComment } from './html-blocks.ts'
import { checkText } from './limits.ts'
import { draftSlides } from './drafts.ts'
import { scanBlocks, type ScanResult } from './scan-blocks.ts'
import { scanPrefix } from './scan-prefix.ts'
import { normaliseText, splitFrontMatter, type SourceParts } from './source.ts'
import type { ChunkNode, DeckTree, FrontMatterNode } from './tree.ts'
import { warn, warnDropped } from './warn.ts'

/**
 * A comment that may set a global directive: it names one before a colon, or
 * it could spell one otherwise (YAML escapes, aliases).
 */
const mayBeGlobal = new RegExp(`(?:${Object.keys(globalDirectives).join('|')})["']?\\s*:|[\\\\&]`)

/**
 * The global directives of every `<!-- … -->` of a text, in order: a quick
 * stand-in for parsing when only a few slides are built.
 */
function prescanGlobals(text: string, cache: DeckCache): GlobalValues | null {
  // A deck repeats its comments (`<!-- _class: … -->` on every slide): each is read once; notes that
  // name no global directive are not read at all.
  const read = new Map<string, GlobalValues | null>()
  let globals: GlobalValues | null = null
  for (const [comment] of text.matchAll(/<!--[\s\S]*?-->/g)) {
    if (!mayBeGlobal.test(comment)) continue
    let set = read.get(comment)
    if (set === undefined) read.set(comment, (set = commentGlobals([cache.meaning(analyseComment(comment) ?? '')])))
    if (set) globals = Object.assign(globals ?? {}, set)
  }
  return globals
}

function frontMatterNode(source: SourceParts, file: VFile): FrontMatterNode | null {
  const { frontMatter: value, frontMatterBlock: block, frontMatterUnclosed: unclosed } = source
  if (value === null || block === null) return null
  if (unclosed) {
    warn(file, {
      rule: 'front-matter-unclosed',
      message:
        'The front matter opened on line 1 never closes, so Marp reads the whole file as front matter and shows one empty slide. Add a `---` line after it.',
      line: 1,
      lost: block,
    })
  }
  return { type: 'yaml', value, data: { block, unclosed } }
}

/**
 * The chunks to parse: all of them, or with a limit a growing prefix until slide `limit + 1` has begun.
 *
 * @param known
 *   Makes at least `count` chunks known (scanning further) and says how many are (fewer: all there are).
 */
function neededChunks(
  run: DeckRun,
  known: (count: number) => number,
  place: (count: number) => ChunkNode[],
  front: FrontMatterNode | null,
  bodyLine: number,
  prescan: DeckTree['data']['prescan'],
): ChunkNode[] {
  if (run.limit === undefined || prescan === undefined) return place(known(Infinity))
  const levels = dividerLevels(collectGlobals(readFront(run.cache, front).set, [prescan]))
  let count = Math.min(4, known(4))
  let placed = place(count)
  while (count < known(count + 1) && draftSlides(run.cache, placed, levels, bodyLine).length <= run.limit) {
    count = Math.min(count * 2, known(count * 2))
    placed = place(count)
  }
  return placed
}

function parseDeckText(text: string, file: VFile, parseMarkdown: MarkdownParser): DeckTree {
  const run = runOf(file)
  const { cache } = run
  checkText(text)
  const source = splitFrontMatter(normaliseText(text))
  const front = frontMatterNode(source, file)
  // With a limit, the start of the text is scanned first, and further only as needed.
  const prefix = run.limit === undefined ? null : scanPrefix(source.body)
  let scan: ScanResult = prefix?.scan ?? scanBlocks(source.body, cache.lastScan)
  if (!prefix) cache.lastScan = scan

  // Link and footnote definitions reach across chunks: each chunk is parsed with all of them after it
  // (a prefix scan holds them all: it is the whole text when the rest may define one).
  const definitions = scan.definitions.join('\n\n')
  let keys: string[] = []
  const known = (count: number) => {
    if (prefix) {
      prefix.grow(count)
      scan = prefix.scan
    }
    if (keys.length !== scan.chunks.length)
      keys = scan.chunks.map((chunk) => (definitions ? `${chunk.text}\0${definitions}` : chunk.text))
    return keys.length
  }
  const place = (count: number): ChunkNode[] => {
    ensureChunks(cache, scan.chunks.slice(0, count), keys.slice(0, count), definitions, parseMarkdown, run.chunks)
    return scan.chunks.slice(0, count).map((chunk, index) => {
      const parsed = parsedChunk(cache, keys[index] ?? '')
      return {
        type: 'chunk',
        children: parsed.nodes,
        data: { boundary: chunk.boundary, line: chunk.line + source.bodyLine, origin: parsed.origin },
      }
    })
  }
  const prescan = run.limit === undefined ? undefined : prescanGlobals(source.body, cache)
  const chunks = neededChunks(run, known, place, front, source.bodyLine, prescan)
  for (const open of scan.unclosed) warn(file, { ...open, line: open.line + source.bodyLine + 1 })

  chunks.forEach((chunk, index) => {
    const { notice, dropped } = parsedChunk(cache, keys[index] ?? '')
    const line = chunk.data.line
    if (notice) warn(file, { rule: 'unparsed-chunk', message: notice, line: line + 1 })
    for (const drop of dropped) warnDropped(file, drop, line)
  })
  const data: DeckTree['data'] = { bodyLine: source.bodyLine }
  if (prescan !== undefined && (chunks.length < scan.chunks.length || prefix?.whole === false)) data.prescan = prescan
  return { type: 'root', children: front ? [front, ...chunks] : chunks, data }
}

/**
 * Install the deck parser in front of the processor's Markdown parser.
 *
 * Notes: use it after the plugins that add syntax (remark-gfm, math): their
 * extensions are read when each chunk is parsed.
 */
export function remarkDeckParse(this: Processor) {
  const parseMarkdown = this.parser
  if (!parseMarkdown) throw new Error('Unexpected processor without a parser, expected remark-parse first')
  this.parser = (document, file) => parseDeckText(document, file, (text) => parseMarkdown(text, file) as Root)
}
