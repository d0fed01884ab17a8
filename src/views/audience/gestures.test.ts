import { describe, expect, test } from 'vitest'
import { createWheelReader, swipeDirection } from './gestures.ts'

const wheel = (deltaY: number, timeStamp: number, deltaMode = 0) => ({ deltaX: 0, deltaY, deltaMode, timeStamp })

describe('createWheelReader', () => {
  test('should move once per burst: down is next, up is previous', () => {
    const read = createWheelReader()
    expect(read(wheel(100, 0))).toBe('next')
    expect(read(wheel(100, 100))).toBeNull()
    expect(read(wheel(100, 300))).toBeNull() // still the same burst: 200 ms since the last event
    expect(read(wheel(-100, 600))).toBe('previous')
  })

  test('should ignore small deltas, counting lines as 16 px', () => {
    const read = createWheelReader()
    expect(read(wheel(2, 0))).toBeNull()
    expect(read(wheel(1, 1000, 1))).toBe('next')
  })

  test('should read horizontal wheels when they dominate', () => {
    const read = createWheelReader()
    expect(read({ deltaX: -50, deltaY: 3, deltaMode: 0, timeStamp: 0 })).toBe('previous')
  })
})

describe('swipeDirection', () => {
  test('should take left and up as next, right and down as previous', () => {
    expect(swipeDirection(-80, 0)).toBe('next')
    expect(swipeDirection(0, -80)).toBe('next')
    expect(swipeDirection(80, 0)).toBe('previous')
    expect(swipeDirection(0, 80)).toBe('previous')
  })

  test('should ignore swipes under 30 px', () => {
    expect(swipeDirection(-20, -15)).toBeNull()
    expect(swipeDirection(29, 0)).toBeNull()
  })

  test('should judge diagonals on the tilted line', () => {
    expect(swipeDirection(-80, 20)).toBe('next') // mostly left, a little down
    expect(swipeDirection(80, -20)).toBe('previous') // mostly right, a little up
  })
})
