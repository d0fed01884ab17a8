/**
 * The deck processor's compiler: the slides tree to a `Deck`. Pages are
 * numbered (`skip` and `hold` do not count a page), header and footer values
 * read as inline Markdown, and the file's messages become the warnings.
 */
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { bound, runOf, type DeckCache } from './cache.ts'
import type { LocalValues } from './directives.ts'
import { createInlineParser, visibleText } from './inline.ts'
import { slideContent, type SlideNode, type SlidesTree } from './tree.ts'
import type { Deck, DeckMeta, HeaderFooter, Slide } from './types.ts'
import { warn, warningsOf } from './warn.ts'

declare module 'unified' {
  interface CompileResultMap {
    /** What the deck processor makes. */
    Deck: Deck
  }
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

/** Header and footer values, parsed once (all the new ones together) and remembered. */
function headerFooters(
  cache: DeckCache,
  parse: ReturnType<typeof createInlineParser>,
  markdowns: readonly string[],
): (markdown: string) => HeaderFooter {
  const missing = [...new Set(markdowns)].filter((markdown) => !cache.inlines.has(markdown))
  bound(cache.inlines, missing.length)
  parse(missing).forEach((tree, index) => {
    const markdown = missing[index] ?? ''
    cache.inlines.set(markdown, { markdown, text: visibleText(tree), tree })
  })
  return (markdown) => cache.inlines.get(markdown) ?? { markdown, text: markdown, tree: { type: 'root', children: [] } }
}

function deckMeta(tree: SlidesTree, file: VFile): DeckMeta {
  const { sizes } = runOf(file)
  const { globals, extra, frontMatter } = tree.data
  const size = globals.size && Object.hasOwn(sizes, globals.size) ? globals.size : null
  const [width, height] = sizes[size ?? '16:9'] ?? [1280, 720]
  if (globals.size && !size) {
    warn(file, {
      rule: 'unknown-size',
      message: `Unknown size \`${globals.size}\`, expected one of ${Object.keys(sizes).join(', ')}; the slides stay ${width}×${height}.`,
      line: 1,
    })
  }
  const styles = tree.children.flatMap((slide) => slide.data.styles.filter((s) => !s.scoped).map((s) => s.css))
  return {
    title: globals.title ?? null,
    author: globals.author ?? null,
    description: globals.description ?? null,
    keywords: globals.keywords ?? [],
    lang: globals.lang || null,
    theme: globals.theme ?? null,
    size,
    width,
    height,
    headingDivider: globals.headingDivider || null,
    math: globals.math ?? null,
    style: globals.style ?? null,
    styles,
    extra,
    frontMatter,
  }
}

function slideOf(
  node: SlideNode,
  index: number,
  meta: DeckMeta,
  page: number | null,
  total: number,
  headerFooter: (markdown: string) => HeaderFooter,
): Slide {
  const { line, values, backgrounds, fragments, styles, headings, notes, hidden } = node.data
  const split = backgrounds.length ? (backgrounds.findLast((b) => b.split)?.split ?? null) : null
  return {
    index,
    id: String(index + 1),
    line: line + 1,
    class: values.class || null,
    header: values.header ? headerFooter(values.header) : null,
    footer: values.footer ? headerFooter(values.footer) : null,
    paginate: values.paginate ?? false,
    pagination: page,
    paginationTotal: page === null ? null : total,
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
    fragments,
    scopedStyles: styles.length ? styles.filter((s) => s.scoped).map((s) => s.css) : [],
    headings,
    notes,
    hidden,
    tree: { type: 'root', children: slideContent(node) },
  }
}

/** Compile the slides tree into a `Deck` (the processor's result). */
export function remarkDeck(this: Processor) {
  const parseInline = createInlineParser(this)
  this.compiler = (tree, file) => {
    const slides = tree as unknown as SlidesTree
    const { cache, limit } = runOf(file)
    const meta = deckMeta(slides, file)
    const values = slides.children.map((slide) => slide.data.values)
    const pages = paginate(values)
    const headerFooter = headerFooters(
      cache,
      parseInline,
      values.flatMap((v) => [v.header ?? '', v.footer ?? '']).filter(Boolean),
    )
    const built = slides.children.map((slide, index) =>
      slideOf(slide, index, meta, pages.page[index] ?? null, pages.total, headerFooter),
    )
    const complete = limit === undefined || (built.length <= limit && slides.data.whole)
    const deck: Deck = { meta, slides: complete ? built : built.slice(0, limit), warnings: warningsOf(file), complete }
    return deck
  }
}
