import { beforeEach, describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, type DeckSource, type AppStore } from './index.ts'

const source: DeckSource = { kind: 'bundled', name: 'test.md' }
// Slides: Intro (0 fragments), Stars (3), Parens (2), End (0).
const deck = parseDeck(
  ['# Intro', '---', '# Stars', '', '* a', '* b', '* c', '---', '# Parens', '', '1) x', '2) y', '---', '# End'].join(
    '\n',
  ),
)

let store: AppStore
const position = () => {
  const { slideIndex, fragment } = store.getState()
  return [slideIndex, fragment]
}

beforeEach(() => {
  store = createAppStore({ deck: { deck, source } })
})

describe('createAppStore', () => {
  test('should read the test deck as four slides with 0, 3, 2, 0 fragments', () => {
    expect(deck.slides.map((slide) => slide.fragments)).toEqual([0, 3, 2, 0])
  })

  test('should start on the first slide with the deck ready', () => {
    const state = store.getState()
    expect(state.status).toBe('ready')
    expect(state.deck).toBe(deck)
    expect(position()).toEqual([0, 0])
    expect(state.overlay).toBeNull()
    expect(state.language).toBe('en')
  })

  test('should clamp a starting slide and take a language', () => {
    store = createAppStore({ deck: { deck, source }, slideIndex: 42, language: 'zh-CN' })
    expect(position()).toEqual([3, 0])
    expect(store.getState().language).toBe('zh-CN')
  })

  test('should start loading with no deck when given a source to load', () => {
    store = createAppStore({ loading: { kind: 'url', name: 'a.md', url: '/a.md' } })
    expect(store.getState()).toMatchObject({ deck: null, status: 'loading' })
  })

  test('should reset to its initial state with getInitialState', () => {
    store.getState().goTo(2)
    store.getState().toggleCover('black')
    store.setState(store.getInitialState(), true)
    expect(position()).toEqual([0, 0])
    expect(store.getState().cover).toBeNull()
  })
})

describe('nav slice', () => {
  test('should clamp goTo to the slides and the fragment to the slide', () => {
    store.getState().goTo(99)
    expect(position()).toEqual([3, 0])
    store.getState().goTo(-5)
    expect(position()).toEqual([0, 0])
    store.getState().goTo(1, 99)
    expect(position()).toEqual([1, 3])
  })

  test('should step through fragments, then to the next slide with none shown', () => {
    const { next } = store.getState()
    const seen = []
    for (let i = 0; i < 8; i++) {
      next()
      seen.push(position())
    }
    expect(seen).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
      [2, 1],
      [2, 2],
      [3, 0],
    ])
  })

  test('should step back, arriving on a previous slide fully revealed', () => {
    store.getState().goTo(3)
    const { previous } = store.getState()
    previous()
    expect(position()).toEqual([2, 2])
    previous()
    previous()
    expect(position()).toEqual([2, 0])
    previous()
    expect(position()).toEqual([1, 3])
  })

  test('should skip fragments with nextSlide and previousSlide (Shift+arrows)', () => {
    store.getState().goTo(1, 1)
    store.getState().nextSlide()
    expect(position()).toEqual([1, 3])
    store.getState().nextSlide()
    expect(position()).toEqual([2, 2])
    store.getState().previousSlide()
    expect(position()).toEqual([1, 3])
  })

  test('should go to the first slide and to the last fully revealed', () => {
    store.getState().last()
    expect(position()).toEqual([3, 0])
    store.getState().goTo(2, 1)
    store.getState().first()
    expect(position()).toEqual([0, 0])
  })

  test('should not notify subscribers for a move that goes nowhere', () => {
    let calls = 0
    store.subscribe(() => calls++)
    store.getState().previous()
    store.getState().goTo(0)
    expect(calls).toBe(0)
  })

  test('should stay at 0 without a deck', () => {
    store = createAppStore()
    store.getState().next()
    store.getState().goTo(3)
    expect(position()).toEqual([0, 0])
  })
})

describe('deck slice', () => {
  test('should open a deck from its first slide and close overlays', () => {
    store.getState().goTo(2, 1)
    store.getState().setOverlay('overview')
    const other = parseDeck('# One\n\n---\n\n# Two')
    store.getState().openDeck(other, { kind: 'url', name: 'two.md', url: '/two.md' })
    expect(store.getState()).toMatchObject({ deck: other, status: 'ready', overlay: null, error: null })
    expect(position()).toEqual([0, 0])
  })

  test('should keep the error and show the fallback deck when loading fails', () => {
    store.getState().startLoading({ kind: 'url', name: 'x.md', url: '/x.md' })
    expect(store.getState()).toMatchObject({ deck: null, status: 'loading' })
    const error = { url: '/x.md', code: 'http', detail: '404 Not Found' } as const
    store.getState().failLoading(error, { deck, source })
    expect(store.getState()).toMatchObject({ deck, source, status: 'failed', error })
  })
})

describe('ui slice', () => {
  test('should keep one overlay open at a time and toggle it', () => {
    const state = store.getState()
    state.toggleOverlay('overview')
    expect(store.getState().overlay).toBe('overview')
    state.toggleOverlay('help')
    expect(store.getState().overlay).toBe('help')
    state.toggleOverlay('help')
    expect(store.getState().overlay).toBeNull()
  })

  test('should toggle blackout and whiteout, one replacing the other', () => {
    const { toggleCover } = store.getState()
    toggleCover('black')
    expect(store.getState().cover).toBe('black')
    toggleCover('white')
    expect(store.getState().cover).toBe('white')
    toggleCover('white')
    expect(store.getState().cover).toBeNull()
  })

  test('should go to a typed slide number on submit, clamped', () => {
    const { typeDigit, submitTypedNumber } = store.getState()
    typeDigit('3')
    expect(store.getState().typedNumber).toBe('3')
    expect(submitTypedNumber()).toBe(true)
    expect(position()).toEqual([2, 0])
    expect(store.getState().typedNumber).toBe('')
    typeDigit('9')
    typeDigit('9')
    submitTypedNumber()
    expect(position()).toEqual([3, 0])
    expect(submitTypedNumber()).toBe(false)
  })

  test('should ignore anything but a digit as a typed digit', () => {
    store.getState().typeDigit('x')
    store.getState().typeDigit('12')
    expect(store.getState().typedNumber).toBe('')
  })

  test('should escape topmost first: typed number, overlay, cover, then open the overview', () => {
    const state = store.getState()
    state.toggleCover('black')
    state.setOverlay('help')
    state.typeDigit('2')
    state.escape()
    expect(store.getState()).toMatchObject({ typedNumber: '', cover: 'black', overlay: 'help' })
    state.escape()
    expect(store.getState()).toMatchObject({ cover: 'black', overlay: null })
    state.escape()
    expect(store.getState().cover).toBeNull()
    state.escape()
    expect(store.getState().overlay).toBe('overview')
  })

  test('should remember dismissed notices once', () => {
    store.getState().dismissNotice('theme:am_blue')
    store.getState().dismissNotice('theme:am_blue')
    expect(store.getState().dismissedNotices).toEqual(['theme:am_blue'])
  })

  test('should switch language', () => {
    store.getState().setLanguage('zh-CN')
    expect(store.getState().language).toBe('zh-CN')
  })
})
