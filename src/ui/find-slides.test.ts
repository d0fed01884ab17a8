import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { findSlides } from './find-slides.ts'

const deck = parseDeck(
  ['# 📜 引言', '# Results\n\n## Method & Data', 'No heading', '# More results'].join('\n\n---\n\n'),
)

describe('findSlides', () => {
  test('should take a number as a slide number, clamped', () => {
    expect(findSlides(deck, '2')).toEqual([{ index: 1, title: 'Results' }])
    expect(findSlides(deck, ' 99 ')).toEqual([{ index: 3, title: 'More results' }])
    expect(findSlides(deck, '0')).toEqual([{ index: 0, title: '📜 引言' }])
    expect(findSlides(deck, '3')).toEqual([{ index: 2, title: null }])
  })

  test('should match heading text ignoring case and punctuation', () => {
    expect(findSlides(deck, '引言')).toEqual([{ index: 0, title: '📜 引言' }])
    expect(findSlides(deck, 'RESULTS').map((m) => m.index)).toEqual([1, 3])
    expect(findSlides(deck, 'method data')).toEqual([{ index: 1, title: 'Method & Data' }])
  })

  test('should find nothing for an empty query or no match', () => {
    expect(findSlides(deck, '  ')).toEqual([])
    expect(findSlides(deck, 'zzz')).toEqual([])
    expect(findSlides(deck, '!!')).toEqual([])
  })

  test('should stop at the limit', () => {
    expect(findSlides(deck, 'results', undefined, 1)).toHaveLength(1)
  })

  test('should find words of the slides’ text after the headings', () => {
    const textOf = (slide: { index: number }) => ['', 'the cat sat', 'a cat and results', ''][slide.index] ?? ''
    expect(findSlides(deck, 'cat', textOf).map((match) => match.index)).toEqual([1, 2])
    expect(findSlides(deck, 'results', textOf).map((match) => match.index)).toEqual([1, 3, 2])
  })
})
