import { afterEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createPresenterStore, type PresenterStore } from '../present/store/index.ts'
import { bindSync, deckIdentity, type Sync, type SyncChannel, type SyncMessage } from './sync.ts'
import { createTimer } from './timer.ts'

const deck = parseDeck('# A\n---\n# B\n\n* 1\n* 2\n---\n# C')
const other = parseDeck('# X\n---\n# Y\n---\n# Z')
const source = { kind: 'bundled', name: 'a.md' } as const

/** An in-memory bus: each channel hears the others, as BroadcastChannel does. */
function bus() {
  const listeners = new Set<(message: SyncMessage) => void>()
  return (): SyncChannel => {
    let mine: ((message: SyncMessage) => void) | null = null
    return {
      post: (message) => {
        for (const listener of listeners) if (listener !== mine) listener(structuredClone(message))
      },
      listen: (listener) => {
        mine = listener
        listeners.add(listener)
      },
      close: () => {
        if (mine) listeners.delete(mine)
      },
    }
  }
}

const syncs: Sync[] = []
afterEach(() => {
  for (const sync of syncs.splice(0)) sync.stop()
})

function window_(open: () => SyncChannel, role: 'audience' | 'presenter', d = deck, slideIndex = 0): PresenterStore {
  const store = createPresenterStore({ deck: { deck: d, source }, slideIndex })
  syncs.push(bindSync(store, { role, deck: deckIdentity(d, source), channel: open() }))
  return store
}

describe('bindSync', () => {
  test('should move every window of the deck, fragments and cover included', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    const presenter = window_(open, 'presenter')
    presenter.getState().next()
    presenter.getState().next()
    expect(audience.getState()).toMatchObject({ slideIndex: 1, fragment: 1 })
    audience.getState().toggleCover('black')
    expect(presenter.getState().cover).toBe('black')
    audience.getState().last()
    expect(presenter.getState()).toMatchObject({ slideIndex: 2, fragment: 0 })
  })

  test('should bring a window that starts late to the current slide', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    audience.getState().goTo(1, 2)
    const presenter = window_(open, 'presenter', deck, 0)
    expect(presenter.getState()).toMatchObject({ slideIndex: 1, fragment: 2 })
  })

  test('should ignore windows of another deck', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    const stranger = window_(open, 'presenter', other)
    stranger.getState().next()
    expect(audience.getState().slideIndex).toBe(0)
    expect(deckIdentity(deck, source)).not.toBe(deckIdentity(other, source))
  })

  test('should hear the other windows’ heartbeat', () => {
    vi.useFakeTimers()
    try {
      const open = bus()
      window_(open, 'presenter')
      window_(open, 'audience')
      vi.advanceTimersByTime(1000)
      expect(syncs[0]!.peers.getState().lastSeen.audience).toBeTypeOf('number')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('createTimer', () => {
  test('should count elapsed time and time per slide while running', () => {
    let now = 0
    const store = createPresenterStore({ deck: { deck, source } })
    const timer = createTimer(store, () => now, false)
    const stop = timer.follow()
    timer.start()
    now = 5000
    store.getState().goTo(2)
    now = 8000
    expect(timer.elapsed(now)).toBe(8000)
    expect(timer.spentAt(now)).toEqual({ 0: 5000, 2: 3000 })
    timer.pause()
    now = 20_000
    expect(timer.elapsed(now)).toBe(8000)
    timer.reset()
    expect(timer.elapsed(now)).toBe(0)
    expect(timer.spentAt(now)).toEqual({})
    stop()
  })

  test('should start itself on the first move', () => {
    let now = 0
    const store = createPresenterStore({ deck: { deck, source } })
    const timer = createTimer(store, () => now)
    const stop = timer.follow()
    now = 1000
    store.getState().goTo(1)
    now = 3000
    expect(timer.elapsed(now)).toBe(2000)
    stop()
  })
})

describe('openChannel without BroadcastChannel', () => {
  test('should pass messages through localStorage and storage events', async () => {
    const { openChannel } = await import('./sync.ts')
    const listeners: ((event: { key: string; newValue: string | null }) => void)[] = []
    const items = new Map<string, string>()
    vi.stubGlobal('BroadcastChannel', undefined)
    vi.stubGlobal('localStorage', { setItem: (key: string, value: string) => items.set(key, value) })
    vi.stubGlobal('window', {
      addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
      removeEventListener: () => {},
    })
    try {
      const channel = openChannel()
      const heard: SyncMessage[] = []
      channel.listen((message) => heard.push(message))
      const message: SyncMessage = { type: 'ping', deck: 'd', from: 'a', role: 'audience' }
      channel.post(message)
      // Another window would get a storage event with the new value.
      for (const listener of listeners) listener({ key: 'lectern-sync', newValue: items.get('lectern-sync')! })
      expect(heard).toEqual([message])
      channel.close()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
