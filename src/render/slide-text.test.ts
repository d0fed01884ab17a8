import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { preparer } from './preparer.ts'
import { testRenderer } from './test-helpers.ts'

describe('slide text, for search', () => {
  const deck = parseDeck(
    '---\nfooter: by me\n---\n\n# Intro\n\nWelcome *to* the talk.\n\n- first\n- second\n\n![a cat](cat.png)',
  )

  test('should keep blocks apart and words of one block together, without the repeated footer', () => {
    expect(testRenderer().slideText(deck.slides[0]!)).toBe('Intro\nWelcome to the talk.\nfirst\nsecond\na cat')
  })

  test('should read a slide prepared ahead from its prepared tree, to the same words', () => {
    const renderer = testRenderer()
    const prepared = { ...preparer.deck(deck), slides: deck.slides.map((slide) => preparer.slide(slide)) }
    const emptied = {
      ...deck,
      slides: deck.slides.map((slide) => ({ ...slide, tree: { type: 'root' as const, children: [] } })),
    }
    renderer.adopt(emptied, prepared)
    const text = renderer.slideText(emptied.slides[0]!)
    for (const words of ['Intro', 'Welcome to the talk.', 'first', 'second']) expect(text).toContain(words)
    expect(text).not.toContain('by me')
    expect(text).not.toMatch(/IntroWelcome|firstsecond/)
  })
})
