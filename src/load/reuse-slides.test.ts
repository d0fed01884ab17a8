import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { reuseUnchangedSlides } from './reuse-slides.ts'

const text = (...slides: string[]) => slides.join('\n\n---\n\n')
const original = text(
  '# Intro\n\nHello',
  '# Method\n\n* a\n* b',
  '# Results\n\n| x | y |\n| - | - |\n| 1 | 2 |',
  '# End',
)

describe('reuseUnchangedSlides', () => {
  test('should keep the old slide objects where the slides did not change, even when lines moved', () => {
    const before = parseDeck(original)
    const after = parseDeck(
      text('# Intro\n\nHello\n\nand more\n\nlines', '# Method\n\n* a\n* b', '# Results edited', '# End'),
    )
    const reused = reuseUnchangedSlides(before, after)
    expect(reused.slides[0]).not.toBe(before.slides[0])
    expect(reused.slides[1]).toBe(before.slides[1])
    expect(reused.slides[2]).not.toBe(before.slides[2])
    expect(reused.slides[3]).toBe(before.slides[3])
    // The reused slide says where it now is in the file.
    expect(reused.slides[1]?.line).toBe(after.slides[1]?.line)
  })

  test('should reuse nothing after a slide inserted above (numbers and ids moved)', () => {
    const before = parseDeck(original)
    const after = parseDeck(text('# New', '# Intro\n\nHello', '# Method\n\n* a\n* b', '# Results', '# End'))
    const reused = reuseUnchangedSlides(before, after)
    expect(reused.slides.filter((slide) => before.slides.includes(slide))).toEqual([])
  })
})
