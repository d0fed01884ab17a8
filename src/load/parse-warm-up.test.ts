import { describe, expect, it } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { warmUpDeck } from './parse-warm-up.ts'

describe('the deck a fresh parse worker reads first', () => {
  it('should take the paths real decks take, without a warning', () => {
    const deck = parseDeck(warmUpDeck)
    expect(deck.warnings).toEqual([])
    expect(deck.slides.map((slide) => slide.headings[0]?.text ?? null)).toEqual([
      'Title with emphasis, strong and code',
      'Lists',
      null,
    ])
    const [cover, lists, media] = deck.slides
    expect(cover?.class).toBe('lead')
    expect(lists?.fragments).toBe(2)
    expect(media?.bgImages.map((image) => image.url)).toEqual(['a.png'])
    expect(media?.notes).toEqual(['A note: say **this**.'])
    const types = JSON.stringify(media?.tree)
    for (const type of ['table', 'code', 'math', 'blockquote', 'html']) expect(types).toContain(`"type":"${type}"`)
  })
})
