/** The `@page` rule for a deck: the page is the slide (or the slide and its notes, for a handout). */
import type { Deck } from '../../deck/index.ts'
import type { HandoutMode } from '../../state/index.ts'

/** Page size in CSS pixels for a deck and layout. */
export function pageSize(deck: Pick<Deck, 'slides'>, mode: HandoutMode): { width: number; height: number } {
  const first = deck.slides[0]
  const width = first?.width ?? 1280
  const height = first?.height ?? 720
  return { width, height: mode === 'slides-notes' ? height * 2 : height }
}

/** `@page { size: 1280px 720px; margin: 0 }` for the deck's slide size. */
export function pageRule(deck: Pick<Deck, 'slides'>, mode: HandoutMode): string {
  const { width, height } = pageSize(deck, mode)
  return `@page { size: ${width}px ${height}px; margin: 0; }`
}
