/**
 * Whole-deck pass: chunk pieces become slides, then directives are scoped
 * (marp-compat §5.4), pages numbered (§5.5) and heading ids handed out (§10.7).
 */
import type { ChunkComment, ChunkSummary } from './summarise.ts'
import type { Chunk } from './scan-blocks.ts'
import type { DirectiveSet, LocalValues } from './directives.ts'
import { createSlugger } from './slug.ts'
import type { DeckMeta, DeckWarning, HeaderFooter, Slide } from './types.ts'

/** A chunk placed in the deck: where it is and what precedes it. */
export interface PlacedChunk {
  chunk: Chunk
  /** 0-based line in the whole file. */
  line: number
  pieces: ChunkSummary[]
}

/** One slide before directives: the chunk pieces it is made of. */
interface Draft {
  /** 0-based line in the file. */
  line: number
  parts: { summary: ChunkSummary; line: number }[]
}

/** Group chunk pieces into slides: every ruler cuts; headingDivider cuts once visible content was seen. */
export function draftSlides(placed: readonly PlacedChunk[], divider: ReadonlySet<number>, firstLine: number): Draft[] {
  const drafts: Draft[] = [{ line: firstLine, parts: [] }]
  let visible = false
  for (const { chunk, line, pieces } of placed) {
    const boundary = chunk.boundary
    if (boundary.kind === 'ruler' || (boundary.kind === 'heading' && divider.has(boundary.level) && visible)) {
      drafts.push({ line, parts: [] })
    }
    // A ruler is itself a visible token for the divider rule (`---` then `# A` gives an empty slide).
    if (boundary.kind === 'ruler') visible = true
    pieces.forEach((summary, index) => {
      if (index > 0 && visible) {
        drafts.push({ line: line + summary.firstLine, parts: [] })
      }
      drafts.at(-1)?.parts.push({ summary, line })
      visible ||= summary.visible
    })
  }
  return drafts
}

/** A slide's content: its one chunk piece as is, or several merged. */
function mergeParts(parts: Draft['parts']): ChunkSummary {
  if (parts.length === 1 && parts[0]) return parts[0].summary
  const merged = <K extends 'children' | 'backgrounds' | 'styles' | 'headings' | 'hidden'>(key: K) =>
    parts.flatMap((p) => p.summary[key] as unknown[]) as ChunkSummary[K]
  return {
    children: merged('children'),
    backgrounds: merged('backgrounds'),
    styles: merged('styles'),
    headings: merged('headings'),
    hidden: merged('hidden'),
    dropped: [],
    comments: [],
    fragments: parts.reduce((sum, p) => sum + p.summary.fragments, 0),
    visible: parts.some((p) => p.summary.visible),
    cutLevels: [],
    firstLine: 0,
  }
}

function warnSwallowedComment(comment: ChunkComment, line: number, warnings: DeckWarning[]) {
  warnings.push({
    rule: 'comment-swallows-comment',
    message:
      'This comment is not closed with `-->` before the next `<!--`, so Marp reads both as one comment' +
      (comment.kind === 'directives'
        ? ' and ignores the directives of the second.'
        : ' and shows neither as a directive.'),
    line,
    lost: comment.content.slice(comment.content.indexOf('<!--')),
  })
}

/** Pagination: `skip` and `hold` do not count a page; `true` and `hold` show one. */
function paginate(values: readonly LocalValues[]): { page: (number | null)[]; total: number } {
  let n = 0
  const page = values.map(({ paginate: p = false }) => {
    if (p !== 'skip' && p !== 'hold') n++
    if (p !== true && p !== 'hold') return null
    if (n <= 0) n = 1
    return n
  })
  return { page, total: n }
}

export function assembleSlides(
  placed: readonly PlacedChunk[],
  front: DirectiveSet,
  meta: DeckMeta,
  warnings: DeckWarning[],
  firstLine: number,
  headerFooters: (markdowns: readonly string[]) => (markdown: string) => HeaderFooter,
): Slide[] {
  const drafts = draftSlides(placed, new Set(meta.headingDivider ?? []), firstLine)
  const local: LocalValues = { ...front.locals }
  let spot: LocalValues = { ...front.spots }
  const effective: LocalValues[] = []
  const notes: string[][] = []
  for (const draft of drafts) {
    const slideNotes: string[] = []
    for (const { summary, line } of draft.parts) {
      for (const drop of summary.dropped) {
        warnings.push({
          rule: 'dropped-text',
          message: `${drop.why}: “${drop.text.slice(0, 80)}”.`,
          line: line + drop.line + 1,
          lost: drop.text,
        })
      }
      for (const comment of summary.comments) {
        if (comment.content.includes('<!--')) warnSwallowedComment(comment, line + comment.line + 1, warnings)
        if (comment.kind === 'directives') {
          Object.assign(local, comment.set.locals)
          Object.assign(spot, comment.set.spots)
        } else if (comment.kind === 'note') slideNotes.push(comment.text)
      }
    }
    effective.push({ ...local, ...spot })
    spot = {}
    notes.push(slideNotes)
  }

  const pages = paginate(effective)
  const headerFooter = headerFooters(effective.flatMap((v) => [v.header ?? '', v.footer ?? '']).filter(Boolean))
  const slugger = createSlugger(drafts.map((_, index) => String(index + 1)))

  return drafts.map((draft, index): Slide => {
    const values = effective[index] ?? {}
    const content = mergeParts(draft.parts)
    const backgrounds = content.backgrounds
    const split = backgrounds.length ? (backgrounds.findLast((b) => b.split)?.split ?? null) : null
    for (const style of content.styles) if (!style.scoped) meta.styles.push(style.css)
    const page = pages.page[index] ?? null
    return {
      index,
      id: String(index + 1),
      line: draft.line + 1,
      class: values.class || null,
      header: values.header ? headerFooter(values.header) : null,
      footer: values.footer ? headerFooter(values.footer) : null,
      paginate: values.paginate ?? false,
      pagination: page,
      paginationTotal: page === null ? null : pages.total,
      backgroundImage: values.backgroundImage || null,
      backgroundPosition: values.backgroundPosition || null,
      backgroundSize: values.backgroundSize || null,
      backgroundRepeat: values.backgroundRepeat || null,
      backgroundColor: values.backgroundColor || null,
      color: values.color || null,
      transition: values.transition || null,
      theme: meta.theme,
      size: meta.size,
      width: meta.width,
      height: meta.height,
      lang: meta.lang,
      bgImages: backgrounds,
      bgSplit: split?.side ?? null,
      bgSplitSize: split?.size ?? null,
      bgDirection: backgrounds.length ? (backgrounds.findLast((b) => b.direction)?.direction ?? 'horizontal') : null,
      fragments: content.fragments,
      scopedStyles: content.styles.length ? content.styles.filter((s) => s.scoped).map((s) => s.css) : [],
      headings: content.headings.map((h) => ({ text: h.text, level: h.level, id: slugger(h.slug) })),
      notes: notes[index] ?? [],
      hidden: content.hidden,
      tree: { type: 'root', children: content.children },
    }
  })
}
