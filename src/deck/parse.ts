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
 * With a `limit`, only a growing prefix of the chunks is parsed, until
 * slide `limit + 1` has begun.
 */
import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { runOf, type DeckCache, type DeckRun } from './cache.ts'
import { ensureChunks, parsedChunk, type MarkdownParser } from './chunk-cache.ts'
import type { GlobalValues } from './directives.ts'
import { collectGlobals, commentGlobals, dividerLevels, readFront } from './front-matter.ts'
import { analyseComment } from './html-blocks.ts'
import { checkText } from './limits.ts'
import { draftSlides } from './drafts.ts'
import { scanBlocks } from './scan-blocks.ts'
import { normaliseText, splitFrontMatter, type SourceParts } from './source.ts'
import type { ChunkNode, DeckTree, FrontMatterNode } from './tree.ts'
import { warn, warnDropped } from './warn.ts'

/**
 * The global directives of every `<!-- … -->` of a text, in order: a quick
 * stand-in for parsing when only a few slides are built.
 */
function prescanGlobals(text: string, cache: DeckCache): GlobalValues | null {
  // A deck repeats its comments (`<!-- _class: … -->` on every slide): each is read once.
  const read = new Map<string, GlobalValues | null>()
  let globals: GlobalValues | null = null
  for (const [comment] of text.matchAll(/<!--[\s\S]*?-->/g)) {
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

/** The chunks to parse: all of them, or with a limit a growing prefix until slide `limit + 1` has begun. */
function neededChunks(
  run: DeckRun,
  total: number,
  place: (count: number) => ChunkNode[],
  front: FrontMatterNode | null,
  bodyLine: number,
  prescan: DeckTree['data']['prescan'],
): ChunkNode[] {
  if (run.limit === undefined || prescan === undefined) return place(total)
  const levels = dividerLevels(collectGlobals(readFront(run.cache, front).set, [prescan]))
  let count = Math.min(4, total)
  let placed = place(count)
  while (count < total && draftSlides(run.cache, placed, levels, bodyLine).length <= run.limit) {
    count = Math.min(count * 2, total)
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
  const scan = scanBlocks(source.body, cache.lastScan)
  cache.lastScan = scan
  for (const open of scan.unclosed) warn(file, { ...open, line: open.line + source.bodyLine + 1 })

  // Link and footnote definitions reach across chunks: each chunk is parsed with all of them after it.
  const definitions = scan.definitions.join('\n\n')
  const keys = scan.chunks.map((chunk) => (definitions ? `${chunk.text}\0${definitions}` : chunk.text))
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
  const chunks = neededChunks(run, scan.chunks.length, place, front, source.bodyLine, prescan)

  chunks.forEach((chunk, index) => {
    const { notice, dropped } = parsedChunk(cache, keys[index] ?? '')
    const line = chunk.data.line
    if (notice) warn(file, { rule: 'unparsed-chunk', message: notice, line: line + 1 })
    for (const drop of dropped) warnDropped(file, drop, line)
  })
  const data: DeckTree['data'] = { bodyLine: source.bodyLine }
  if (prescan !== undefined && chunks.length < scan.chunks.length) data.prescan = prescan
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
