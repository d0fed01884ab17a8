/**
 * The `lectern` server's live-reload stream (./server-info.ts) shaped as the
 * `on`/`off` pair that `bindLiveReload` (src/state/live-reload.ts) takes from
 * Vite's HMR channel, so a page of the server reloads its deck as a page of
 * the dev server does:
 *
 *     bindLiveReload(store, renderer, import.meta.hot ?? (info?.events ? serverEvents(info.events) : undefined))
 *
 * The stream opens with the first listener and closes with the last;
 * EventSource reconnects by itself after a server restart. Events whose data
 * is not `{ path }` are ignored.
 */
import * as v from 'valibot'
import { deckChangedSchema, type DeckChanged } from './server-info.ts'

export type { DeckChanged }

/** The part of `EventSource` used (a stand-in in tests). */
export interface EventStream {
  addEventListener(type: string, listener: (event: { data: string }) => void): void
  removeEventListener(type: string, listener: (event: { data: string }) => void): void
  close(): void
}

/**
 * A listener of server events: it gets a {@link DeckChanged}. Typed loosely
 * so that {@link ServerEvents} fits where Vite's HMR channel is expected
 * (whose listeners' payload type depends on the event's name).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (data: any) => void

/** Listeners of server events, by event name. */
export interface ServerEvents {
  on(event: string, listener: Listener): void
  off(event: string, listener: Listener): void
}

/** Listen to a server's event stream at `url`. */
export function serverEvents(
  url: string,
  open: (url: string) => EventStream = (url) => new EventSource(url),
): ServerEvents {
  let stream: EventStream | null = null
  const wrapped = new Map<Listener, [string, (event: { data: string }) => void]>()
  return {
    on(event, listener) {
      if (wrapped.has(listener)) return
      const receive = ({ data }: { data: string }) => {
        let payload: unknown
        try {
          payload = JSON.parse(data)
        } catch {
          return
        }
        const parsed = v.safeParse(deckChangedSchema, payload)
        if (parsed.success) listener(parsed.output)
      }
      stream ??= open(url)
      stream.addEventListener(event, receive)
      wrapped.set(listener, [event, receive])
    },
    off(event, listener) {
      const entry = wrapped.get(listener)
      if (!entry || entry[0] !== event) return
      stream?.removeEventListener(event, entry[1])
      wrapped.delete(listener)
      if (wrapped.size === 0) {
        stream?.close()
        stream = null
      }
    },
  }
}
