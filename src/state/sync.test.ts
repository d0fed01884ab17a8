import { afterEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, type AppStore } from './index.ts'
import { bindSync, deckIdentity, type SyncChannel, type SyncMessage } from './sync.ts'

const deck = parseDeck('# A\n---\n# B\n\n* 1\n* 2\n---\n# C')
const other = parseDeck('# X\n---\n# Y\n---\n# Z')
const source = { kind: 'bundled', name: 'a.md' } as const

/** An in-memory bus: each channel hears the others, as BroadcastChannel does. */
function bus() {
  const listeners = new Set<(data: unknown) => void>()
  return (): SyncChannel => {
    let mine: ((data: unknown) => void) | null = null
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

const syncs: (() => void)[] = []
afterEach(() => {
  for (const stop of syncs.splice(0)) stop()
})

function window_(open: () => SyncChannel, role: 'audience' | 'presenter', d = deck, slideIndex = 0): AppStore {
  const store = createAppStore({ deck: { deck: d, source }, slideIndex })
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

  test('should show the laser pointer and the zoom in every window, where they are on the slide', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    const presenter = window_(open, 'presenter')
    presenter.getState().movePointer({ x: 0.25, y: 0.5 })
    expect(audience.getState().pointer).toMatchObject({ x: 0.25, y: 0.5 })
    presenter.getState().movePointer(null)
    expect(audience.getState().pointer).toBeNull()
    audience.getState().setZoom({ x: 0.75, y: 0.1 })
    expect(presenter.getState().zoom).toEqual({ x: 0.75, y: 0.1 })
    audience.getState().escape()
    expect(presenter.getState().zoom).toBeNull()
  })

  test('should draw, erase, undo and clear in every window, and give a late window the drawings', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    const presenter = window_(open, 'presenter')
    const stroke = { id: 's1', tool: 'pen' as const, color: '#e11d48', width: 0.004, points: [0.1, 0.1, 0.2, 0.2] }
    presenter.getState().addStroke(1, stroke)
    expect(audience.getState().strokes[1]).toEqual([stroke])
    presenter.getState().undo(1)
    expect(audience.getState().strokes[1]).toEqual([])
    presenter.getState().redo(1)
    expect(audience.getState().strokes[1]).toEqual([stroke])
    const late = window_(open, 'audience')
    expect(late.getState().strokes[1]).toEqual([stroke])
    audience.getState().clearSlide(1)
    expect(presenter.getState().strokes[1]).toEqual([])
    expect(late.getState().strokes[1]).toEqual([])
  })

  test('should drop a message that does not fit, count it, and keep going', () => {
    const open = bus()
    const audience = window_(open, 'audience')
    const forger = open()
    const id = deckIdentity(deck, source)
    const envelope = { deck: id, from: 'forger', role: 'presenter' }
    forger.post({ ...envelope, type: 'state', state: { slideIndex: 1, fragment: 0, cover: { evil: true } } } as never)
    forger.post({ ...envelope, type: 'state', state: { slideIndex: -4, fragment: 0, cover: null } } as never)
    forger.post({ ...envelope, type: 'pointer', pointer: { x: Number.NaN, y: 2 } } as never)
    forger.post({ ...envelope, type: 'draw', draw: { kind: 'stroke', slideIndex: 0, id: 'x', points: [] } } as never)
    forger.post('<script>' as never)
    expect(audience.getState()).toMatchObject({ slideIndex: 0, cover: null, pointer: null, droppedMessages: 5 })
    // A good message still moves it.
    forger.post({ ...envelope, type: 'state', state: { slideIndex: 2, fragment: 0, cover: 'black' } } as never)
    expect(audience.getState()).toMatchObject({ slideIndex: 2, cover: 'black' })
  })

  test('should hear the other windows’ heartbeat', () => {
    vi.useFakeTimers()
    try {
      const open = bus()
      const presenter = window_(open, 'presenter')
      window_(open, 'audience')
      vi.advanceTimersByTime(1000)
      expect(presenter.getState().peers.audience).toBeTypeOf('number')
    } finally {
      vi.useRealTimers()
    }
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
      const heard: unknown[] = []
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
