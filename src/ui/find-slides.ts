/** The go-to dialog's matching: a slide number, words from slide headings, else words of the slides' text. */
import type { Deck, Slide } from '../deck/index.ts'
import { slideTitle } from '../state/index.ts'

/** A slide the go-to dialog offers. */
export interface SlideMatch {
  /** 0-based slide index. */
  index: number
  /** The heading that matched (or the slide's title, for a number). */
  title: string | null
}

/**
 * Slides matching what the user typed.
 *
 * @param deck
 *   The deck.
 * @param query
 *   A 1-based slide number (clamped into the deck) or text; text matches
 *   headings containing it, ignoring case, spacing and punctuation, then the
 *   slides whose text contains it.
 * @param textOf
 *   A slide's text (the renderer's `slideText`); without it only headings match.
 * @param limit
 *   Most matches returned (default 50).
 * @returns
 *   Heading matches in slide order, then text matches in slide order, each
 *   slide once; none for an empty query.
 */
export function findSlides(
  deck: Pick<Deck, 'slides'>,
  query: string,
  textOf?: (slide: Slide) => string,
  limit = 50,
): SlideMatch[] {
  const slides = deck.slides
  const trimmed = query.trim()
  if (!trimmed || slides.length === 0) return []
  if (/^\d+$/.test(trimmed)) {
    const index = Math.min(Math.max(Number(trimmed) - 1, 0), slides.length - 1)
    const slide = slides[index]
    return slide ? [{ index, title: slideTitle(slide) }] : []
  }
  const wanted = normalise(trimmed)
  if (!wanted) return []
  const matches: SlideMatch[] = []
  for (const slide of slides) {
    const heading = slide.headings.find((h) => normalise(h.text).includes(wanted))
    if (heading) matches.push({ index: slide.index, title: heading.text })
    if (matches.length >= limit) return matches
  }
  if (!textOf) return matches
  const found = new Set(matches.map((match) => match.index))
  for (const slide of slides) {
    if (found.has(slide.index) || !normalise(textOf(slide)).includes(wanted)) continue
    matches.push({ index: slide.index, title: slideTitle(slide) })
    if (matches.length >= limit) break
  }
  return matches
}

/** Text compared loosely: lower case, without spaces or punctuation. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, '')
}
