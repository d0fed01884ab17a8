import { describe, expect, test } from 'vitest'
import { pace, slideTargets } from './pacing.ts'

describe('pacing', () => {
  test('should take the rehearsal’s times, else spread the talk’s length evenly', () => {
    expect(slideTargets([1000, 0, 3000], 60_000, 3)).toEqual([1000, 0, 3000])
    expect(slideTargets([1000, 2000], 60_000, 3)).toEqual([20_000, 20_000, 20_000])
    expect(slideTargets(null, null, 3)).toBeNull()
  })

  test('should be on time within the slide’s window, ahead before it, behind after it', () => {
    const targets = [10_000, 20_000, 30_000]
    expect(pace(targets, 1, 15_000)).toBe(0)
    expect(pace(targets, 1, 4_000)).toBe(-6_000)
    expect(pace(targets, 1, 35_000)).toBe(5_000)
    expect(pace(targets, 0, 0)).toBe(0)
  })
})
