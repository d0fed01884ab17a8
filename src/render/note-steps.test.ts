import { describe, expect, test } from 'vitest'
import { splitNoteSteps } from './note-steps.ts'

describe('splitNoteSteps', () => {
  test('should keep a note without markers whole, as step 0', () => {
    expect(splitNoteSteps('Say hello.\n\nThen go on.')).toEqual([{ step: 0, text: 'Say hello.\n\nThen go on.' }])
  })

  test('should give each part after a [click] line the next step, or the step it names', () => {
    expect(
      splitNoteSteps('Intro.\n[click]\nFirst point.\n\n[click]\nSecond.\n[click:5]\nFifth.\n[click]\nSixth.'),
    ).toEqual([
      { step: 0, text: 'Intro.' },
      { step: 1, text: 'First point.' },
      { step: 2, text: 'Second.' },
      { step: 5, text: 'Fifth.' },
      { step: 6, text: 'Sixth.' },
    ])
  })

  test('should leave [click] inside a line as text', () => {
    expect(splitNoteSteps('Press [click] to go on.')).toEqual([{ step: 0, text: 'Press [click] to go on.' }])
  })

  test('should drop an empty part before the first click', () => {
    expect(splitNoteSteps('[click]\nOnly after.')).toEqual([{ step: 1, text: 'Only after.' }])
  })
})
