import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { searchDeck } from './search.ts'

const deck = parseDeck(
  ['# Intro\n\nWelcome to the talk.', '# Method\n\n<!-- Mention the zebra here. -->\n\nWe measure.', '# End'].join(
    '\n\n---\n\n',
  ),
)
const textOf = (slide: { index: number }) => ['Intro Welcome to the talk.', 'Method We measure.', 'End'][slide.index]!

describe('searchDeck', () => {
  test('should find words in the notes as well as the slides, with the text around them', () => {
    expect(searchDeck(deck, textOf, 'ZEBRA')).toEqual([
      { index: 1, title: 'Method', where: 'notes', before: 'Mention the ', match: 'zebra', after: ' here.' },
    ])
    expect(searchDeck(deck, textOf, 'the').map((hit) => [hit.index, hit.where])).toEqual([
      [0, 'slide'],
      [1, 'notes'],
    ])
  })

  test('should find nothing for blank input', () => {
    expect(searchDeck(deck, textOf, '   ')).toEqual([])
  })
})
