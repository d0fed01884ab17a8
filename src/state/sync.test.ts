import { afterEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, type AppStore } from './index.ts'
import { bindSync, deckIdentity, type SyncChannel, type SyncMessage } from './sync.ts'
import type { Pairing } from './sync-pairing.ts'
import { newSecret, proofKey, sign } from './sync-proof.ts'

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

/** Windows that opened each other share one secret; a tab that did not has another. */
const ours = proofKey(newSecret())
const theirs = proofKey(newSecret())
const paired = (key: Promise<CryptoKey>) => (): Pairing => ({ key: () => key, ask: () => {}, close: () => {} })

/** Until the windows' heartbeats are bound (their module loads after the rest of the sync). */
async function heartbeats() {
  await import('./sync-heartbeat.ts')
  await new Promise((resolve) => setTimeout(resolve, 10))
}

const syncs: (() => void)[] = []
afterEach(() => {
  for (const stop of syncs.splice(0)) stop()
})

function window_(
  open: () => SyncChannel,
  role: 'audience' | 'presenter',
  d = deck,
  slideIndex = 0,
  key = ours,
): AppStore {
  const store = createAppStore({ deck: { deck: d, source }, slideIndex })
  syncs.push(bindSync(store, { role, deck: deckIdentity(d, source), channel: open(), pairing: paired(key) }))
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

  test('should hear the heartbeat of a window that shares the secret', async () => {
    const open = bus()
    const presenter = window_(open, 'presenter')
    window_(open, 'audience')
    await vi.waitFor(() => expect(presenter.getState().peers.audience).toBeTypeOf('number'))
    expect(presenter.getState().droppedMessages).toBe(0)
  })

  test('should let a window opened by hand steer and follow, without counting it as there', async () => {
    const open = bus()
    const presenter = window_(open, 'presenter')
    // A secret of its own: it was not opened by the presenter's window, nor opened it.
    const byHand = window_(open, 'audience', deck, 0, theirs)
    await heartbeats()
    byHand.getState().next()
    expect(presenter.getState().slideIndex).toBe(1)
    presenter.getState().last()
    expect(byHand.getState().slideIndex).toBe(2)
    await vi.waitFor(() => expect(presenter.getState().droppedMessages).toBeGreaterThan(0))
    expect(presenter.getState().peers.audience).toBeUndefined()
  })

  test('should drop and count heartbeats another tab makes up, and not count its other messages', async () => {
    const open = bus()
    const presenter = window_(open, 'presenter')
    await heartbeats()
    const forger = open()
    const envelope = { deck: deckIdentity(deck, source), from: 'forger', role: 'audience' } as const
    forger.post({ ...envelope, type: 'hello' })
    forger.post({ ...envelope, type: 'ping' } as never)
    forger.post({ ...envelope, type: 'ping', seq: 1, at: Date.now(), proof: '0'.repeat(64) })
    const fields = { type: 'ping', ...envelope, seq: 2, at: Date.now() } as const
    forger.post({ ...fields, proof: await sign(await theirs, fields) })
    // A proof made for other fields does not fit these.
    forger.post({ ...fields, role: 'presenter', proof: await sign(await ours, fields) })
    await vi.waitFor(() => expect(presenter.getState().droppedMessages).toBe(4))
    await heartbeats()
    expect(presenter.getState()).toMatchObject({ droppedMessages: 4, peers: {} })
  })

  test('should refuse a heartbeat heard before, or too old, sent again', async () => {
    const open = bus()
    const presenter = window_(open, 'presenter')
    const heard: unknown[] = []
    const listener = open()
    listener.listen((data) => heard.push(data))
    window_(open, 'audience')
    const stopAudience = syncs.at(-1)!
    await vi.waitFor(() => expect(presenter.getState().peers.audience).toBeTypeOf('number'))
    const beat = heard.find((data) => {
      const message = data as SyncMessage
      return message.type === 'ping' && message.role === 'audience'
    }) as SyncMessage
    listener.post(beat)
    await vi.waitFor(() => expect(presenter.getState().droppedMessages).toBe(1))
    stopAudience()
    // A window that starts later has not heard it, but it is too old by then.
    vi.useFakeTimers({ now: Date.now() + 5000, toFake: ['Date'] })
    try {
      const late = window_(open, 'presenter')
      await heartbeats()
      listener.post(beat)
      await vi.waitFor(() => expect(late.getState().droppedMessages).toBe(1))
      expect(late.getState().peers.audience).toBeUndefined()
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
      const message: SyncMessage = { type: 'hello', deck: 'd', from: 'a', role: 'audience' }
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
