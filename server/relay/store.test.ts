import { describe, expect, it } from 'vitest'
import { memoryStore } from './store.ts'

const state = (slideIndex: number) => ({ slideIndex, fragment: 0, cover: null })
const deck = { url: null, id: 'abc', slides: 3, title: null }

describe('memory store', () => {
  it('numbers states per session and keeps the deck', async () => {
    const store = memoryStore()
    expect(await store.read('a')).toEqual({ state: null, deck: null })
    expect(await store.writeState('a', state(1))).toBe(1)
    expect(await store.writeState('a', state(2))).toBe(2)
    expect(await store.writeState('b', state(5))).toBe(1)
    await store.writeDeck('a', deck)
    expect(await store.read('a')).toEqual({ state: { ...state(2), seq: 2 }, deck })
  })

  it('forgets sessions unchanged for a day, and the least recently changed past its size', async () => {
    let now = 0
    const store = memoryStore({ maxSessions: 2, ttlSeconds: 60, now: () => now })
    await store.writeState('old', state(1))
    now = 61_000
    expect((await store.read('old')).state).toBeNull()
    await store.writeState('a', state(1))
    await store.writeState('b', state(1))
    await store.writeState('a', state(2))
    await store.writeState('c', state(1))
    expect((await store.read('b')).state).toBeNull()
    expect((await store.read('a')).state?.slideIndex).toBe(2)
  })
})
