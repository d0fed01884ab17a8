import { describe, expect, test } from 'vitest'
import { currentTocItem } from './toc-list.tsx'

// The seed deck's contents: sections on slides 3, 7, (a broken link), 9, 10, 11 (0-based 2, 6, null, 8, 9, 10).
const seed = [2, 6, null, 8, 9, 10]

describe('currentTocItem', () => {
  test('should mark the last section at or before the presented slide', () => {
    expect(currentTocItem(seed, 2)).toBe(0)
    expect(currentTocItem(seed, 5)).toBe(0)
    expect(currentTocItem(seed, 6)).toBe(1)
    expect(currentTocItem(seed, 7)).toBe(1)
    expect(currentTocItem(seed, 9)).toBe(4)
    expect(currentTocItem(seed, 11)).toBe(5)
  })

  test('should mark nothing before the first section', () => {
    expect(currentTocItem(seed, 1)).toBe(-1)
  })

  test('should take targets in any order', () => {
    expect(currentTocItem([9, 2, 5], 6)).toBe(2)
  })

  test('should not treat a list with fewer than two targets as a table of contents', () => {
    expect(currentTocItem([3], 5)).toBe(-1)
    expect(currentTocItem([3, null], 5)).toBe(-1)
  })
})
