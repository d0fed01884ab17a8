/** Searching a deck: words in the slides' text and in the notes, with the text around each hit. */
import type { Deck, Slide } from '../deck/index.ts'
import { slideTitle } from '../state/index.ts'

/** One place a search found its text. */
export interface SearchHit {
  /** 0-based slide index. */
  index: number
  title: string | null
  /** In the slide's own text, or in its notes. */
  where: 'slide' | 'notes'
  /** The hit with some text on either side, to show it in context. */
  before: string
  match: string
  after: string
}

/** Characters shown on either side of a hit. */
const context = 40

/**
 * Every hit of `query` in the slides and their notes, ignoring case.
 *
 * @param deck
 *   The deck.
 * @param textOf
 *   A slide's text as shown (the renderer's `slideText`).
 * @param query
 *   What to find (at least one character that is not a space).
 * @param limit
 *   Most hits returned (default 200).
 * @returns
 *   Hits in slide order, the slide's text before its notes; at most three a slide.
 */
export function searchDeck(
  deck: Pick<Deck, 'slides'>,
  textOf: (slide: Slide) => string,
  query: string,
  limit = 200,
): SearchHit[] {
  const wanted = query.trim().toLowerCase()
  if (!wanted) return []
  const hits: SearchHit[] = []
  for (const slide of deck.slides) {
    const title = slideTitle(slide)
    const places: [SearchHit['where'], string][] = [
      ['slide', textOf(slide)],
      ['notes', slide.notes.join('\n')],
    ]
    let found = 0
    for (const [where, raw] of places) {
      const text = raw.replace(/\s+/g, ' ')
      const lower = text.toLowerCase()
      for (let at = lower.indexOf(wanted); at !== -1 && found < 3; at = lower.indexOf(wanted, at + wanted.length)) {
        found++
        hits.push({
          index: slide.index,
          title,
          where,
          before: (at > context ? '…' : '') + text.slice(Math.max(0, at - context), at),
          match: text.slice(at, at + wanted.length),
          after:
            text.slice(at + wanted.length, at + wanted.length + context) +
            (text.length > at + wanted.length + context ? '…' : ''),
        })
        if (hits.length >= limit) return hits
      }
    }
  }
  return hits
}
