/**
 * The Deck as plain JSON without trees, shaped like Marp's per-slide models
 * (`shared/decks/corpus/*.marp.json`) so the two compare field by field.
 */
import type { Deck, HeaderFooter, Slide } from './types.ts'

const headerFooterModel = (value: HeaderFooter | null) =>
  value ? { markdown: value.markdown, text: value.text } : null

/** One slide's model: Marp's field names and value shapes, plus `line` and `transition`. */
export function slideModel(slide: Slide) {
  return {
    index: slide.index,
    id: slide.id,
    line: slide.line,
    class: slide.class,
    header: headerFooterModel(slide.header),
    footer: headerFooterModel(slide.footer),
    paginate: slide.paginate,
    pagination: slide.pagination,
    paginationTotal: slide.paginationTotal,
    backgroundImage: slide.backgroundImage,
    backgroundPosition: slide.backgroundPosition,
    backgroundSize: slide.backgroundSize,
    backgroundRepeat: slide.backgroundRepeat,
    backgroundColor: slide.backgroundColor,
    color: slide.color,
    transition: slide.transition,
    theme: slide.theme,
    size: slide.size,
    width: slide.width,
    height: slide.height,
    lang: slide.lang,
    bgImages: slide.bgImages.map(({ url, size, filter, alt }) => ({ url, size, filter, alt })),
    bgSplit: slide.bgSplit,
    bgSplitSize: slide.bgSplitSize,
    bgDirection: slide.bgDirection,
    fragments: slide.fragments,
    scopedStyle: slide.scopedStyles.length > 0,
    headings: slide.headings.map((h) => h.text),
    headingLevels: slide.headings.map((h) => h.level),
    headingIds: slide.headings.map((h) => h.id),
    notes: slide.notes,
  }
}

export type SlideModel = ReturnType<typeof slideModel>

/** The whole Deck's model: `{total, meta, warnings, slides}`. */
export function deckModel(deck: Deck) {
  return { total: deck.slides.length, meta: deck.meta, warnings: deck.warnings, slides: deck.slides.map(slideModel) }
}
