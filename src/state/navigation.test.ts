import { describe, expect, test } from 'vitest'
import { clampPosition, skipBackward, skipForward, stepBackward, stepForward, type Position } from './navigation.ts'

// Four slides: none, three, none and two fragment steps.
const slides = [{ fragments: 0 }, { fragments: 3 }, { fragments: 0 }, { fragments: 2 }]
const at = (slideIndex: number, fragment = 0): Position => ({ slideIndex, fragment })

describe('clampPosition', () => {
  test('should clamp the index to the slides', () => {
    expect(clampPosition(slides, 99)).toEqual(at(3))
    expect(clampPosition(slides, -1)).toEqual(at(0))
    expect(clampPosition(slides, Number.NaN)).toEqual(at(0))
    expect(clampPosition(slides, 1.7)).toEqual(at(1))
  })

  test('should clamp the step to the slide’s fragments, Infinity meaning all', () => {
    expect(clampPosition(slides, 1, Infinity)).toEqual(at(1, 3))
    expect(clampPosition(slides, 1, -2)).toEqual(at(1, 0))
    expect(clampPosition(slides, 0, 5)).toEqual(at(0, 0))
  })

  test('should give slide 0 for a deck without slides', () => {
    expect(clampPosition([], 4, 2)).toEqual(at(0))
  })
})

describe('stepForward', () => {
  test('should reveal the next fragment before leaving the slide', () => {
    expect(stepForward(slides, at(1, 0))).toEqual(at(1, 1))
    expect(stepForward(slides, at(1, 2))).toEqual(at(1, 3))
  })

  test('should go to the next slide with no fragment shown once all are shown', () => {
    expect(stepForward(slides, at(0))).toEqual(at(1, 0))
    expect(stepForward(slides, at(1, 3))).toEqual(at(2, 0))
  })

  test('should stay at the very end', () => {
    expect(stepForward(slides, at(3, 2))).toEqual(at(3, 2))
  })
})

describe('stepBackward', () => {
  test('should hide the last shown fragment', () => {
    expect(stepBackward(slides, at(1, 2))).toEqual(at(1, 1))
  })

  test('should go to the previous slide fully revealed from the first step', () => {
    expect(stepBackward(slides, at(2, 0))).toEqual(at(1, 3))
    expect(stepBackward(slides, at(1, 0))).toEqual(at(0, 0))
  })

  test('should stay at the very start', () => {
    expect(stepBackward(slides, at(0))).toEqual(at(0))
  })
})

describe('skipForward (Shift+next)', () => {
  test('should reveal all remaining fragments of the slide first', () => {
    expect(skipForward(slides, at(1, 1))).toEqual(at(1, 3))
  })

  test('should go to the next slide fully revealed when all are shown', () => {
    expect(skipForward(slides, at(2))).toEqual(at(3, 2))
    expect(skipForward(slides, at(0))).toEqual(at(1, 3))
  })

  test('should stay on the last slide fully revealed', () => {
    expect(skipForward(slides, at(3, 2))).toEqual(at(3, 2))
  })
})

describe('skipBackward (Shift+previous)', () => {
  test('should go to the previous slide fully revealed, whatever the step', () => {
    expect(skipBackward(slides, at(2))).toEqual(at(1, 3))
    expect(skipBackward(slides, at(3, 1))).toEqual(at(2, 0))
  })

  test('should stay on the first slide', () => {
    expect(skipBackward(slides, at(0))).toEqual(at(0))
  })
})
