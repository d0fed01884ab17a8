import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import {
  selectCurrentSlide,
  selectIsAtEnd,
  selectIsAtStart,
  selectIsFirstSlide,
  selectIsLastSlide,
  selectIsOverviewOpen,
  selectProgress,
  selectSlideCount,
  slideTitle,
} from './selectors.ts'

const deck = parseDeck('# 引言\n\n---\n\nNo heading here\n\n---\n\n## Last\n\n* one\n* two')
const state = (slideIndex: number, fragment = 0) => ({ deck, slideIndex, fragment, overlay: null })

describe('selectors', () => {
  test('should count slides and find the current one', () => {
    expect(selectSlideCount(state(0))).toBe(3)
    expect(selectCurrentSlide(state(2))).toBe(deck.slides[2])
    expect(selectSlideCount({ ...state(0), deck: null })).toBe(0)
    expect(selectCurrentSlide({ ...state(0), deck: null })).toBeUndefined()
  })

  test('should tell the first and last slide', () => {
    expect(selectIsFirstSlide(state(0))).toBe(true)
    expect(selectIsLastSlide(state(0))).toBe(false)
    expect(selectIsLastSlide(state(2))).toBe(true)
  })

  test('should tell the very start and the very end, counting fragments', () => {
    expect(selectIsAtStart(state(0))).toBe(true)
    expect(selectIsAtEnd(state(2, 1))).toBe(false)
    expect(selectIsAtEnd(state(2, 2))).toBe(true)
  })

  test('should give progress by slide', () => {
    expect(selectProgress(state(0))).toBe(0)
    expect(selectProgress(state(1))).toBe(0.5)
    expect(selectProgress(state(2))).toBe(1)
  })

  test('should tell which overlay is open', () => {
    expect(selectIsOverviewOpen({ ...state(0), overlay: 'overview' })).toBe(true)
    expect(selectIsOverviewOpen(state(0))).toBe(false)
  })

  test('should take a slide’s first heading as its title', () => {
    expect(deck.slides.map((slide) => slideTitle(slide))).toEqual(['引言', null, 'Last'])
  })
})
