import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { bindTimer, createAppStore, elapsedAt, spentAt } from './index.ts'

const deck = parseDeck('# A\n---\n# B\n---\n# C')
const source = { kind: 'bundled', name: 'a.md' } as const

describe('the talk timer', () => {
  test('should count elapsed time and time per slide while running', () => {
    let now = 0
    const store = createAppStore({ deck: { deck, source }, clock: () => now })
    const stop = bindTimer(store)
    store.getState().startTimer()
    now = 5000
    store.getState().goTo(2)
    now = 8000
    expect(elapsedAt(store.getState(), now)).toBe(8000)
    expect(spentAt(store.getState(), now)).toEqual({ 0: 5000, 2: 3000 })
    store.getState().pauseTimer()
    now = 20_000
    expect(elapsedAt(store.getState(), now)).toBe(8000)
    store.getState().resetTimer()
    expect(elapsedAt(store.getState(), now)).toBe(0)
    expect(spentAt(store.getState(), now)).toEqual({})
    stop()
  })

  test('should start itself on the first move', () => {
    let now = 0
    const store = createAppStore({ deck: { deck, source }, clock: () => now })
    const stop = bindTimer(store)
    now = 1000
    store.getState().goTo(1)
    now = 3000
    expect(elapsedAt(store.getState(), now)).toBe(2000)
    stop()
  })

  test('should not start again by itself once reset', () => {
    let now = 0
    const store = createAppStore({ deck: { deck, source }, clock: () => now })
    const stop = bindTimer(store)
    store.getState().goTo(1)
    now = 1000
    store.getState().pauseTimer()
    now = 2000
    store.getState().goTo(2)
    expect(store.getState().timerRunning).toBe(false)
    stop()
  })
})
