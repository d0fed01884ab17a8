import { describe, expect, test } from 'vitest'
import { fitBox } from './use-element-size.ts'

describe('fitBox', () => {
  test('should fit a 16:9 slide to a 16:9 window exactly', () => {
    expect(fitBox({ width: 1920, height: 1080 }, { width: 1280, height: 720 })).toEqual({ scale: 1.5, x: 0, y: 0 })
  })

  test('should letterbox a 4:3 slide at the sides of a wide window, centred', () => {
    expect(fitBox({ width: 1920, height: 1080 }, { width: 960, height: 720 })).toEqual({ scale: 1.5, x: 240, y: 0 })
  })

  test('should letterbox at top and bottom in a tall window', () => {
    expect(fitBox({ width: 640, height: 720 }, { width: 1280, height: 720 })).toEqual({ scale: 0.5, x: 0, y: 180 })
  })

  test('should give scale 0 before the window is measured', () => {
    expect(fitBox({ width: 0, height: 0 }, { width: 1280, height: 720 }).scale).toBe(0)
  })
})
