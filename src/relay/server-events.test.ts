import { describe, expect, it } from 'vitest'
import { serverEvents, type EventStream } from './server-events.ts'
import { deckChangedEvent } from './server-info.ts'

/** An EventSource stand-in that records what is open. */
function fakeStreams() {
  const opened: { url: string; closed: boolean; fire: (type: string, data: string) => void }[] = []
  const open = (url: string): EventStream => {
    const listeners = new Map<string, Set<(event: { data: string }) => void>>()
    const stream = {
      url,
      closed: false,
      fire: (type: string, data: string) => listeners.get(type)?.forEach((listener) => listener({ data })),
    }
    opened.push(stream)
    return {
      addEventListener: (type, listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
      removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
      close: () => (stream.closed = true),
    }
  }
  return { opened, open }
}

describe('server events', () => {
  it('hands a listener each deck change, opening the stream with the first and closing it with the last', () => {
    const { opened, open } = fakeStreams()
    const events = serverEvents('/__lectern/events', open)
    expect(opened).toHaveLength(0)
    const heard: unknown[] = []
    const listener = (data: unknown) => heard.push(data)
    events.on(deckChangedEvent, listener)
    expect(opened.map((stream) => stream.url)).toEqual(['/__lectern/events'])
    opened[0]!.fire(deckChangedEvent, '{"path":"/__deck/talk.md"}')
    opened[0]!.fire(deckChangedEvent, 'not json')
    opened[0]!.fire(deckChangedEvent, '{"path":42}')
    expect(heard).toEqual([{ path: '/__deck/talk.md' }])
    events.off(deckChangedEvent, listener)
    expect(opened[0]!.closed).toBe(true)
    opened[0]!.fire(deckChangedEvent, '{"path":"/__deck/talk.md"}')
    expect(heard).toHaveLength(1)
  })
})
