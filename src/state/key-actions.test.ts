import { beforeEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { runKeyAction } from './key-actions.ts'
import { matchKey, type KeyLike } from './keymap.ts'
import { createAppStore, type AppStore } from './index.ts'

// Slides: A (0 fragments), B (2), C (0), D (0), E (1).
const deck = parseDeck('# A\n---\n# B\n\n* 1\n* 2\n---\n# C\n---\n# D\n---\n# E\n\n1) x')
let store: AppStore
const toggleFullscreen = vi.fn()

/** Press keys as the keyboard hook would: match, then run. */
function press(...keys: (string | KeyLike)[]) {
  for (const k of keys) {
    const event = typeof k === 'string' ? { key: k } : k
    const action = matchKey(event, { overlayOpen: store.getState().overlay !== null })
    if (action) runKeyAction(store, action, event.key, { toggleFullscreen })
  }
}
const position = () => [store.getState().slideIndex, store.getState().fragment]

beforeEach(() => {
  store = createAppStore({ deck: { deck, source: { kind: 'bundled', name: 't.md' } } })
  toggleFullscreen.mockClear()
})

describe('keys on the app store', () => {
  test('should step fragments with → and leave the slide with none shown', () => {
    press('ArrowRight', 'ArrowRight')
    expect(position()).toEqual([1, 1])
    press(' ', 'PageDown')
    expect(position()).toEqual([2, 0])
  })

  test('should come back to a fully revealed slide with ← and Backspace', () => {
    store.getState().goTo(2)
    press('Backspace')
    expect(position()).toEqual([1, 2])
    press('ArrowLeft', 'ArrowUp', 'PageUp')
    expect(position()).toEqual([0, 0])
  })

  test('should open the presenter view with P, and leave P alone where it cannot', () => {
    const openPresenterView = vi.fn()
    store.getState().goTo(2)
    expect(runKeyAction(store, matchKey({ key: 'P' })!, 'P', { toggleFullscreen, openPresenterView })).toBe(true)
    expect(openPresenterView).toHaveBeenCalledTimes(1)
    expect(position()).toEqual([2, 0])
    expect(runKeyAction(store, 'presenterView', 'p', { toggleFullscreen })).toBe(false)
  })

  test('should skip fragments with Shift+arrows', () => {
    store.getState().goTo(1)
    press({ key: 'ArrowRight', shiftKey: true })
    expect(position()).toEqual([1, 2])
    press({ key: 'ArrowRight', shiftKey: true })
    expect(position()).toEqual([2, 0])
    press({ key: 'ArrowLeft', shiftKey: true })
    expect(position()).toEqual([1, 2])
  })

  test('should go home and to the end fully revealed', () => {
    press('End')
    expect(position()).toEqual([4, 1])
    press('Home')
    expect(position()).toEqual([0, 0])
  })

  test('should go to a typed number on Enter; other keys drop the number', () => {
    press('4', 'Enter')
    expect(position()).toEqual([3, 0])
    press('2', 'ArrowRight', 'Enter')
    expect(position()).toEqual([4, 0])
    expect(store.getState().typedNumber).toBe('')
  })

  test('should leave Enter to the browser when no number was typed', () => {
    expect(runKeyAction(store, 'submitNumber', 'Enter', { toggleFullscreen })).toBe(false)
  })

  test('should toggle the overview with O and Escape, and not move while it is open', () => {
    press('o')
    expect(store.getState().overlay).toBe('overview')
    press('ArrowRight')
    expect(position()).toEqual([0, 0])
    press('Escape')
    expect(store.getState().overlay).toBeNull()
    press('Escape')
    expect(store.getState().overlay).toBe('overview')
  })

  test('should open go-to with G and help with ?', () => {
    press('g')
    expect(store.getState().overlay).toBe('goTo')
    press({ key: '?', shiftKey: true })
    expect(store.getState().overlay).toBe('help')
  })

  test('should black out with B or . and white out with W', () => {
    press('b')
    expect(store.getState().cover).toBe('black')
    press('.')
    expect(store.getState().cover).toBeNull()
    press('w')
    expect(store.getState().cover).toBe('white')
    press('Escape')
    expect(store.getState().cover).toBeNull()
  })

  test('should ask for full screen with F', () => {
    press('f')
    expect(toggleFullscreen).toHaveBeenCalledOnce()
  })
})
