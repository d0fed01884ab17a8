import {
  blankLine,
  mayStartBlock,
  thematicBreak,
  setextH2,
  setextH1,
  atxHeading,
  fenceOpen,
  listItem,
  definition,
  tableDelimiter,
  expandTabs,
  indentOf,
  countCells,
  htmlStart,
  startsBlock,
} from './block-syntax.ts' /**
 * A cheap line scanner that finds where a Marp deck may split, without parsing
 * Markdown fully.
 *
 * It tracks just enough CommonMark block structure (block quotes, list items,
 * paragraphs, setext underlines, tables, fenced and indented code, HTML blocks,
 * Marp comment blocks and `$$` math blocks) to know which lines are top-level
 * thematic breaks (slide rulers) and which top-level headings start a block.
 * The deck is then cut into chunks at those places and each chunk is parsed
 * on its own, so a deck of a thousand slides never goes through remark in one
 * piece, and an edit re-parses only the chunk it touched.
 *
 * Cutting before a top-level block is exact: such a block starts only after
 * every earlier block closed. The one thing that crosses blocks, link
 * reference definitions, is collected here and handed to every chunk.
 */

/** What comes right before a chunk. */
export type ChunkBoundary = { kind: 'start' } | { kind: 'ruler' } | { kind: 'heading'; level: number }

export interface Chunk {
  boundary: ChunkBoundary
  /** 0-based line (within the scanned text) of the chunk's first line. */
  line: number
  text: string
  /**
   * Set when the chunk is too costly to parse as Markdown: nested too deep, a
   * line too long, or a block with too many emphasis delimiters.
   */
  unparsable?: 'deep' | 'long' | 'emphasis'
}

/** Nesting depth where parsing stops, as in markdown-it (whose cost, like remark's, grows with it). */
export const maxNesting = 100
/** Longest line parsed as Markdown; longer ones (but data-URI images) are kept as plain text. */
export const maxLineLength = 256 * 1024
/**
 * Most runs of `*`, `_` or `~` in one block of lines (up to a blank line)
 * parsed as Markdown. The parser pairs emphasis delimiters by walking back
 * over every earlier one, so a paragraph of thousands that never pair up
 * (`*a***a***a**…`) takes minutes; real slides have a few dozen at most.
 */
export const maxDelimiterRuns = 500

export interface ScanResult {
  /** The scanned text's lines (kept so the next scan can reuse this one). */
  lines: string[]
  chunks: Chunk[]
  /** Source lines that look like link reference definitions, in order. */
  definitions: string[]
  /** Blocks still open at the end that swallowed rulers: Marp's silent content loss. */
  unclosed: { rule: string; message: string; line: number }[]
}

type Container = { kind: 'quote' } | { kind: 'item'; indent: number }

type Leaf =
  | { kind: 'para'; line: number; depth: number; lines: number; cells: number; definitions: boolean }
  | { kind: 'table' }
  | { kind: 'fence'; char: string; size: number; line: number; rulers: number }
  | { kind: 'code' }
  | { kind: 'html'; end: RegExp | null; line: number; rulers: number }
  | { kind: 'math'; line: number; rulers: number }

/** A warning for a block that ran to the end of the deck over slide rulers. */
function describeUnclosed(leaf: Leaf | null, total: number): ScanResult['unclosed'] {
  // An unclosed comment is reported with its text where it is parsed (parse-chunk.ts).
  const comment = leaf?.kind === 'html' && leaf.end?.source === '-->'
  if (!leaf || !('rulers' in leaf) || leaf.rulers === 0 || comment) return []
  const what = leaf.kind === 'fence' ? 'A code fence' : leaf.kind === 'math' ? 'A `$$` math block' : 'An HTML block'
  const closer = leaf.kind === 'fence' ? 'a closing fence' : leaf.kind === 'math' ? 'a closing `$$`' : 'its closing tag'
  return [
    {
      rule: 'unclosed-block',
      message: `${what} opened here never closes, so it swallows the remaining ${total - leaf.line - 1} lines and ${leaf.rulers} slide ruler(s), as in Marp. Add ${closer}.`,
      line: leaf.line,
    },
  ]
}

const startKey = (line: number, boundary: ChunkBoundary) => `${line} ${boundary.kind}`

/** How much of an earlier scan still holds: the chunks before the first changed line, and after the last. */
function reusable(lines: readonly string[], previous: ScanResult | undefined) {
  if (!previous || previous.definitions.length > 0) return undefined
  const old = previous.lines
  let head = 0
  while (head < lines.length && head < old.length && lines[head] === old[head]) head++
  let tail = 0
  while (
    tail < lines.length - head &&
    tail < old.length - head &&
    lines[lines.length - 1 - tail] === old[old.length - 1 - tail]
  )
    tail++
  // The last chunk that starts within the unchanged head, less one: a setext heading's boundary is
  // decided by its underline, which may lie past the chunk's start. Scanning restarts there, clean.
  let first = 0
  while (first + 1 < previous.chunks.length && (previous.chunks[first + 1]?.line ?? Infinity) <= head) first++
  first = Math.max(0, first - 1)
  // A ruler right above a heading starts two chunks on one line (an empty slide, as in Marp): keyed by kind too.
  const byStart = new Map<string, number>()
  previous.chunks.forEach((chunk, index) => {
    const key = startKey(chunk.line, chunk.boundary)
    if (!byStart.has(key)) byStart.set(key, index)
  })
  return { previous, first, tailStart: lines.length - tail, shift: lines.length - old.length, byStart }
}

/**
 * Find the top-level rulers and headings of a Markdown body and cut it there.
 *
 * @param text Markdown body (front matter already removed), LF line endings.
 * @param previous An earlier scan of an edited version of the text: only the
 *   edited region is scanned again.
 */
export function scanBlocks(text: string, previous?: ScanResult): ScanResult {
  const lines = text.split('\n')
  const reuse = reusable(lines, previous)
  const chunks: Chunk[] = reuse ? reuse.previous.chunks.slice(0, reuse.first) : []
  const definitions: string[] = []
  const stack: Container[] = []
  let leaf: Leaf | null = null
  const restart = reuse?.previous.chunks[reuse.first]
  let chunkStart = restart?.line ?? 0
  let chunkBoundary: ChunkBoundary = restart?.boundary ?? { kind: 'start' }
  let resumed: ScanResult | null = null
  let unparsable: Chunk['unparsable']
  // Delimiter runs of the current block of lines, and the lines where a block went past the limit.
  let runs = 0
  const heavy: number[] = []
  const countRuns = (index: number, text: string) => {
    if (!/[*_~]/.test(text)) return
    const before = runs
    runs += text.match(/[*_~]+/g)?.length ?? 0
    if (before <= maxDelimiterRuns && runs > maxDelimiterRuns) heavy.push(index)
  }

  const cut = (at: number, next: ChunkBoundary, skipLine: boolean) => {
    // Scanning again from a chunk that begins with its own heading: that heading is its boundary already.
    if (reuse && chunks.length === reuse.first && at === chunkStart && chunkBoundary.kind === 'heading') return
    const chunk: Chunk = { boundary: chunkBoundary, line: chunkStart, text: lines.slice(chunkStart, at).join('\n') }
    // A setext heading cuts above its text, so a heavy line belongs to the chunk it lies in.
    while (heavy.length && (heavy[0] ?? 0) < at) if ((heavy.shift() ?? 0) >= chunkStart) unparsable ??= 'emphasis'
    if (unparsable) chunk.unparsable = unparsable
    unparsable = undefined
    chunks.push(chunk)
    chunkStart = skipLine ? at + 1 : at
    chunkBoundary = next
    // Past the edit, a chunk that starts where an old one started continues exactly as before.
    if (reuse && chunkStart >= reuse.tailStart && at < lines.length) {
      const old = reuse.byStart.get(startKey(chunkStart - reuse.shift, chunkBoundary))
      if (old !== undefined) {
        const rest = reuse.previous.chunks.slice(old).map((chunk, n) => ({
          ...chunk,
          boundary: n === 0 ? chunkBoundary : chunk.boundary,
          line: chunk.line + reuse.shift,
        }))
        const unclosed = reuse.previous.unclosed.map((u) => ({ ...u, line: u.line + reuse.shift }))
        resumed = { lines, chunks: [...chunks, ...rest], definitions, unclosed }
      }
    }
  }

  for (let index = restart?.line ?? 0; index < lines.length && !resumed; index++) {
    const line = expandTabs(lines[index] ?? '')
    if (line.length > maxLineLength && !/^\s*!?\[[^\]]*\]\(\s*<?data:/.test(line)) unparsable = 'long'
    let pos = 0
    let matched = 0
    for (const container of stack) {
      const rest = line.slice(pos)
      if (container.kind === 'quote') {
        const quote = /^ {0,3}> ?/.exec(rest)
        if (!quote) break
        pos += quote[0].length
      } else if (!blankLine.test(rest)) {
        if (indentOf(rest) < container.indent) break
        pos += container.indent
      }
      matched++
    }
    let rest = line.slice(pos)
    if (blankLine.test(rest)) runs = 0

    if (matched < stack.length) {
      if (leaf?.kind === 'para' && !blankLine.test(rest) && !startsBlock(rest, false)) {
        leaf.lines++ // lazy continuation line
        countRuns(index, rest)
        continue
      }
      stack.length = matched
      leaf = null
    }

    // Leaves that own their lines until an end condition.
    if ((leaf?.kind === 'fence' || leaf?.kind === 'html' || leaf?.kind === 'math') && stack.length === 0) {
      if (thematicBreak.test(rest.trim())) leaf.rulers++
    }
    if (leaf?.kind === 'fence') {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(rest)
      if (close?.[1] && close[1][0] === leaf.char && close[1].length >= leaf.size) leaf = null
      continue
    }
    if (leaf?.kind === 'html') {
      if (leaf.end ? leaf.end.test(rest) : blankLine.test(rest)) leaf = null
      continue
    }
    if (leaf?.kind === 'math') {
      if (rest.trimEnd().endsWith('$$')) leaf = null
      continue
    }
    if (leaf?.kind === 'code') {
      if (blankLine.test(rest) || indentOf(rest) >= 4) continue
      leaf = null
    }
    countRuns(index, rest)

    // Fast path: a line starting with a character no block construct starts with is paragraph text.
    if (leaf?.kind === 'para' && matched === stack.length && !mayStartBlock.test(rest)) {
      leaf.lines++
      leaf.definitions &&= definition.test(rest.trimStart())
      continue
    }

    // Block starts; containers may open several on one line.
    for (;;) {
      if (blankLine.test(rest)) {
        if (leaf?.kind === 'para' || leaf?.kind === 'table') leaf = null
        break
      }
      const indent = indentOf(rest)
      if (indent >= 4) {
        if (leaf?.kind === 'para' || leaf?.kind === 'table') {
          if (leaf.kind === 'para') leaf.lines++
        } else leaf = { kind: 'code' }
        break
      }
      const t = rest.slice(indent)
      if (stack.length >= maxNesting && (t.startsWith('>') || listItem.test(t))) {
        unparsable = 'deep' // stop opening containers: the rest of the line is text
        leaf = { kind: 'para', line: index, depth: stack.length, lines: 1, cells: 0, definitions: false }
        break
      }
      if (t.startsWith('>')) {
        stack.push({ kind: 'quote' })
        leaf = null
        rest = t.slice(t.startsWith('> ') ? 2 : 1)
        continue
      }
      // Link definitions alone are no heading text: under them `---` is a ruler.
      if (leaf?.kind === 'para' && !leaf.definitions && (setextH2.test(t) || setextH1.test(t))) {
        if (leaf.depth === 0 && stack.length === 0) {
          cut(leaf.line, { kind: 'heading', level: t.startsWith('=') ? 1 : 2 }, false)
        }
        leaf = null
        break
      }
      if (thematicBreak.test(t)) {
        if (stack.length === 0) cut(index, { kind: 'ruler' }, true)
        leaf = null
        break
      }
      const item = listItem.exec(t)
      if (item && (leaf?.kind !== 'para' || startsBlock(t, true))) {
        const marker = (item[1] ?? '').length
        const spaces = (item[3] ?? '').length
        const empty = blankLine.test(t.slice(item[0].length))
        const padding = empty || spaces > 4 ? 1 : spaces
        stack.push({ kind: 'item', indent: indent + marker + padding })
        leaf = null
        rest = empty ? '' : ' '.repeat(spaces - padding) + t.slice(item[0].length)
        continue
      }
      const heading = atxHeading.exec(t)
      if (heading) {
        if (stack.length === 0) cut(index, { kind: 'heading', level: (heading[1] ?? '#').length }, false)
        leaf = null
        break
      }
      const fence = fenceOpen.exec(t)
      if (fence?.[1] && !(fence[1][0] === '`' && fence[2]?.includes('`'))) {
        leaf = { kind: 'fence', char: fence[1][0] ?? '`', size: fence[1].length, line: index, rulers: 0 }
        break
      }
      if (t.startsWith('$$')) {
        leaf = t.slice(2).trimEnd().endsWith('$$') ? null : { kind: 'math', line: index, rulers: 0 }
        break
      }
      const html = htmlStart(t, leaf?.kind === 'para')
      if (html) {
        leaf = html.end?.test(t) ? null : { kind: 'html', end: html.end, line: index, rulers: 0 }
        break
      }
      if (leaf?.kind === 'para') {
        if (leaf.lines === 1 && leaf.cells > 0 && tableDelimiter.test(t) && countCells(t) === leaf.cells) {
          leaf = { kind: 'table' }
        } else {
          leaf.lines++
          leaf.definitions &&= definition.test(t)
        }
        break
      }
      if (leaf?.kind === 'table') break
      const isDefinition = definition.test(t)
      if (isDefinition) definitions.push(t)
      leaf = {
        kind: 'para',
        line: index,
        depth: stack.length,
        lines: 1,
        cells: t.includes('|') ? countCells(t) : 0,
        definitions: isDefinition,
      }
      break
    }
  }
  if (resumed) return resumed
  cut(lines.length, { kind: 'start' }, false)
  return { lines, chunks, definitions, unclosed: describeUnclosed(leaf, lines.length) }
}
