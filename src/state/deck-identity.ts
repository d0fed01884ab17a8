/** A deck's identity: which windows (and stored preferences) are about the same deck. */
import type { Deck } from '../deck/index.ts'
import type { DeckSource } from './types.ts'

/** FNV-1a, 32 bits, as hex. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * The identity of a deck for sync: where it came from, its slides and their
 * text, hashed. Two windows agree only when both show the same deck.
 */
export function deckIdentity(deck: Deck, source: DeckSource | null): string {
  const where = source
    ? source.kind === 'url'
      ? `url:${new URL(source.url, 'http://x/').href}`
      : `bundled:${source.name}`
    : ''
  const slides = deck.slides.map(
    (slide) =>
      `${slide.id}|${slide.fragments}|${slide.headings.map((h) => h.text).join('/')}|${slide.notes.join('\n')}`,
  )
  return hash(`${where}\n${deck.meta.title ?? ''}\n${slides.join('\n')}`)
}
