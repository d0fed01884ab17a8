import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, reloadDeck, reloadPosition, type DeckSource } from './index.ts'

const deckOf = (...slides: string[]) => parseDeck(slides.join('\n\n---\n\n'))
const at = (slideIndex: number, fragment = 0) => ({ slideIndex, fragment })

const before = deckOf('# Intro', '# Method\n\n* a\n* b', '# Results', '# End')

describe('reloadPosition', () => {
  test('should stay at the same index when that slide keeps its heading (edited in place)', () => {
    const after = deckOf('# Intro', '# Method\n\n* a\n* b\n* c', '# Results\n\nNew text', '# End')
    expect(reloadPosition(before, after, at(1, 2))).toEqual(at(1, 2))
    expect(reloadPosition(before, after, at(2))).toEqual(at(2))
  })

  test('should follow the heading when slides were inserted above', () => {
    const after = deckOf('# Intro', '# New one', '# Another', '# Method\n\n* a\n* b', '# Results', '# End')
    expect(reloadPosition(before, after, at(2))).toEqual(at(4))
    expect(reloadPosition(before, after, at(1, 1))).toEqual(at(3, 1))
  })

  test('should follow the heading when slides above were removed', () => {
    const after = deckOf('# Results', '# End')
    expect(reloadPosition(before, after, at(3))).toEqual(at(1))
  })

  test('should take the nearest slide when several have the heading', () => {
    const old = deckOf('# A', '# X', '# B', '# C', '# X')
    const after = deckOf('# New', '# A', '# X', '# B', '# C', '# X')
    expect(reloadPosition(old, after, at(4))).toEqual(at(5))
    expect(reloadPosition(old, after, at(1))).toEqual(at(2))
  })

  test('should keep the index, clamped, when the heading is gone', () => {
    expect(reloadPosition(before, deckOf('# One', '# Two', '# Three', '# Four'), at(2))).toEqual(at(2))
    expect(reloadPosition(before, deckOf('# Only'), at(3))).toEqual(at(0))
  })

  test('should clamp the fragment step to the slide’s fragments', () => {
    expect(reloadPosition(before, deckOf('# Intro', '# Method\n\n* a'), at(1, 2))).toEqual(at(1, 1))
  })

  test('should keep a slide without a heading in place while the slide there has none either', () => {
    const old = deckOf('# A', 'plain text', '# C')
    expect(reloadPosition(old, deckOf('# A', 'other text', '# C'), at(1))).toEqual(at(1))
  })
})

describe('reloadDeck', () => {
  const source: DeckSource = { kind: 'url', name: 'talk.md', url: 'http://x/talk.md' }

  test('should replace the deck and keep the source, the overlay and the slide', () => {
    const store = createAppStore({ deck: { deck: before, source }, slideIndex: 2 })
    store.getState().setOverlay('overview')
    const after = deckOf('# New', '# Intro', '# Method\n\n* a\n* b', '# Results', '# End')
    reloadDeck(store, after)
    const state = store.getState()
    expect(state.deck).toBe(after)
    expect(state.source).toBe(source)
    expect(state.overlay).toBe('overview')
    expect(state.slideIndex).toBe(3)
  })

  describe('a move past the slides of a deck still arriving', () => {
    const whole = deckOf('# One', '# Two\n\n* a\n* b', '# Three', '# Four', '# Five')
    const head = { ...whole, slides: whole.slides.slice(0, 2), complete: false }
    const opened = () => createAppStore({ deck: { deck: head, source } })
    const position = (store: ReturnType<typeof opened>) => at(store.getState().slideIndex, store.getState().fragment)

    test('should go to the real last slide after End, once the rest is in', () => {
      const store = opened()
      store.getState().last()
      expect(position(store)).toEqual(at(1, 2))
      reloadDeck(store, whole)
      expect(position(store)).toEqual(at(4))
    })

    test('should go as many slides on as → was pressed past the last one in', () => {
      const store = opened()
      store.getState().goTo(1, 2)
      store.getState().next()
      store.getState().next()
      expect(position(store)).toEqual(at(1, 2))
      reloadDeck(store, whole)
      expect(position(store)).toEqual(at(3))
    })

    test('should go to a typed slide number past the ones in, clamped to the whole deck', () => {
      const store = opened()
      store.getState().goTo(3)
      reloadDeck(store, whole)
      expect(position(store)).toEqual(at(3))
      const again = opened()
      again.getState().goTo(98)
      reloadDeck(again, whole)
      expect(position(again)).toEqual(at(4))
    })

    test('should forget it after a move back, and stay where the user went', () => {
      const store = opened()
      store.getState().last()
      store.getState().first()
      reloadDeck(store, whole)
      expect(position(store)).toEqual(at(0))
    })
  })

  test('should not move on at the end of a whole deck when it is reloaded', () => {
    const store = createAppStore({ deck: { deck: before, source }, slideIndex: 3 })
    store.getState().next()
    reloadDeck(store, deckOf('# Intro', '# Method', '# Results', '# End', '# More'))
    expect(store.getState().slideIndex).toBe(3)
  })

  test('should do nothing without an open deck', () => {
    const store = createAppStore({ loading: source })
    reloadDeck(store, before)
    expect(store.getState().deck).toBeNull()
  })
})
