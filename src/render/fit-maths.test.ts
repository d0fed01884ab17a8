import { describe, expect, test } from 'vitest'
import { codeFit, estimateFit, fitPercent, isInside, minimumFit, searchFit, unionBox } from './fit-maths.ts'

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom })

describe('unionBox', () => {
  test('should hold every box, ignoring empty ones', () => {
    expect(unionBox([box(10, 20, 30, 40), box(0, 50, 5, 60), box(100, 100, 100, 100)])).toEqual(box(0, 20, 30, 60))
  })

  test('should be null without boxes', () => {
    expect(unionBox([])).toBeNull()
  })
})

describe('isInside', () => {
  const slide = box(0, 0, 1280, 720)
  test('should accept a box inside, and one over the edge by no more than the tolerance', () => {
    expect(isInside(box(10, 10, 1270, 710), slide, 1)).toBe(true)
    expect(isInside(box(-0.5, 0, 1280.5, 720), slide, 1)).toBe(true)
  })

  test('should refuse a box out of any side', () => {
    expect(isInside(box(0, 0, 1280, 760), slide, 1)).toBe(false)
    expect(isInside(box(0, -30, 1280, 700), slide, 1)).toBe(false)
    expect(isInside(box(-5, 0, 100, 100), slide, 1)).toBe(false)
  })
})

describe('estimateFit', () => {
  test('should scale by the tighter of the two directions', () => {
    expect(estimateFit(box(0, 0, 640, 1440), box(0, 0, 1280, 720))).toBe(0.5)
    expect(estimateFit(box(0, 0, 2560, 360), box(0, 0, 1280, 720))).toBe(0.5)
  })

  test('should never enlarge, nor go below the minimum', () => {
    expect(estimateFit(box(0, 0, 100, 100), box(0, 0, 1280, 720))).toBe(1)
    expect(estimateFit(box(0, 0, 100, 72_000), box(0, 0, 1280, 720))).toBe(minimumFit)
  })
})

describe('searchFit', () => {
  /** Content 900 px tall that shrinks in proportion, in a 720 px slide: fits up to 0.8. */
  const linear = (zoom: number) => 900 * zoom <= 720

  test('should find the largest zoom that fits, to 1/100', () => {
    expect(searchFit(linear, 0.5, 8)).toBe(0.8)
  })

  test('should find it from a guess that was too large', () => {
    expect(searchFit(linear, 0.95, 8)).toBe(0.8)
  })

  test('should leave content that fits at 1', () => {
    const calls: number[] = []
    expect(searchFit((zoom) => (calls.push(zoom), true), 0.5)).toBe(1)
    expect(calls).toEqual([1])
  })

  test('should give up (1) when even the minimum does not fit', () => {
    expect(searchFit(() => false, 0.5)).toBe(1)
  })

  test('should end with a zoom that fits when content shrinks faster than in proportion (text rewraps)', () => {
    const rewrap = (zoom: number) => 900 * zoom * zoom <= 720
    const found = searchFit(rewrap, 0.8, 8)
    expect(rewrap(found)).toBe(true)
    expect(found).toBeGreaterThanOrEqual(0.88)
  })
})

describe('codeFit', () => {
  test('should shrink a block as much as it is too wide', () => {
    expect(codeFit(1000, 2000)).toBe(0.5)
    expect(codeFit(1121, 1500)).toBe(0.747)
  })

  test('should never enlarge a narrow block', () => {
    expect(codeFit(1000, 400)).toBe(1)
    expect(codeFit(1000, 1001)).toBe(1)
  })
})

test('fitPercent should round to a whole percentage', () => {
  expect(fitPercent(0.816)).toBe(82)
})
