/**
 * Keeps the stores of several windows of the same deck in step:
 * one store subscriber and one channel (BroadcastChannel, else `storage`
 * events), never components.
 *
 * - Every move (slide, fragment, cover, zoom), the laser pointer and every
 *   drawing change is posted with the deck's id; windows of another deck
 *   ignore it, so two decks in two tabs never steer each other.
 * - A window that starts (or reloads) asks for the state (`hello`), and any
 *   window of the same deck answers with its position and its drawings.
 * - Each window says it is alive every second (`ping`, with its role), so the
 *   presenter view can show whether the audience window is there. The
 *   heartbeat is signed with a secret that only windows that opened each other
 *   share (sync-pairing.ts), with a rising count and the time: one that another
 *   tab made up, or heard and sends again, is dropped and counted. Moves carry
 *   no proof, so a window opened by hand from the deck's address still follows
 *   and steers; its heartbeat does not count.
 * - Every message heard is checked (sync-messages.ts); one that does not fit
 *   is dropped and counted, and changes nothing.
 */
import type { AppStore } from './store.ts'
import { drawChange, parseSyncMessage, strokeChanges, type SyncMessage } from './sync-messages.ts'
import type { Heartbeat } from './sync-heartbeat.ts'
import type { Pairing } from './sync-pairing.ts'
import type { ViewRole } from './types.ts'

export type { SyncMessage }

/** A message channel between windows of one origin. */
export interface SyncChannel {
  post: (message: SyncMessage) => void
  /** Hear what other windows post (unchecked: whatever arrives). */
  listen: (listener: (data: unknown) => void) => void
  close: () => void
}

const channelName = 'lectern-sync'

/** BroadcastChannel where there is one, else `localStorage` writes seen as `storage` events. */
export function openChannel(): SyncChannel {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName)
    return {
      post: (message) => channel.postMessage(message),
      listen: (listener) => {
        channel.onmessage = (event: MessageEvent<unknown>) => listener(event.data)
      },
      close: () => channel.close(),
    }
  }
  let onStorage: ((event: StorageEvent) => void) | null = null
  return {
    post: (message) => {
      try {
        localStorage.setItem(channelName, JSON.stringify({ message, nonce: Math.random() }))
      } catch {
        // Storage full or disabled: no sync.
      }
    },
    listen: (listener) => {
      onStorage = (event) => {
        if (event.key !== channelName || !event.newValue) return
        try {
          listener((JSON.parse(event.newValue) as { message: unknown }).message)
        } catch {
          // Not ours.
        }
      }
      window.addEventListener('storage', onStorage)
    },
    close: () => {
      if (onStorage) window.removeEventListener('storage', onStorage)
    },
  }
}

// In its own module: the stored preferences need it at start, the sync only after the first paint.
export { deckIdentity } from './deck-identity.ts'

/** Options of {@link bindSync}. */
export interface SyncOptions {
  role: ViewRole
  /** The deck's identity ({@link deckIdentity}). */
  deck: string
  /** The channel (default {@link openChannel}). */
  channel?: SyncChannel
  /** Heartbeat period in ms (default 1000). */
  heartbeatMs?: number
  /** The secret shared with the windows this one opened or was opened by (default: through `window`). */
  pairing?: (onKey: () => void) => Pairing
}

/**
 * Sync the app's store with the other windows of the same deck; what is
 * heard of them goes to the sync slice (`peers`).
 *
 * @param store
 *   The store, with its deck open.
 * @returns
 *   A function that stops the sync.
 */
export function bindSync(store: AppStore, options: SyncOptions): () => void {
  const { role, deck } = options
  const channel = options.channel ?? openChannel()
  const from = Math.random().toString(36).slice(2)
  let stopped = false
  const post = (message: Record<string, unknown> & { type: SyncMessage['type'] }) =>
    channel.post({ ...message, deck, from, role } as SyncMessage)
  /** True while applying what another window sent: that change is not posted back. */
  let applying = false
  const apply = (change: () => void) => {
    applying = true
    try {
      change()
    } finally {
      applying = false
    }
  }

  const postState = () => {
    const { slideIndex, fragment, cover, zoom } = store.getState()
    post({ type: 'state', state: { slideIndex, fragment, cover, zoom } })
  }

  /** The heartbeat, once its module is loaded (a heartbeat heard before is not counted either way). */
  let heartbeat: { hear: (message: Heartbeat) => void; stop: () => void } | null = null
  void import('./sync-heartbeat.ts').then(({ bindHeartbeat }) => {
    if (stopped) return
    const { pairing, heartbeatMs = 1000 } = options
    heartbeat = bindHeartbeat(store, { deck, from, role, post, heartbeatMs, ...(pairing ? { pairing } : {}) })
  })

  channel.listen((data) => {
    const message = parseSyncMessage(data)
    if (!message) return store.getState().dropMessage()
    if (message.deck !== deck || message.from === from) return
    const state = store.getState()
    switch (message.type) {
      case 'ping':
        return heartbeat?.hear(message)
      case 'hello':
        postState()
        if (Object.keys(state.strokes).length > 0) post({ type: 'strokes', strokes: state.strokes })
        return
      case 'state':
        return apply(() => {
          const { slideIndex, fragment, cover, zoom = null } = message.state
          state.goTo(slideIndex, fragment)
          const now = store.getState()
          if (now.cover !== cover) store.setState({ cover })
          if (now.zoom?.x !== zoom?.x || now.zoom?.y !== zoom?.y) now.setZoom(zoom)
        })
      case 'pointer':
        return apply(() => state.movePointer(message.pointer))
      case 'draw':
        return apply(() => {
          const { slideIndex, ...change } = drawChange(message.draw)
          state.applyStrokes(slideIndex, change)
        })
      case 'strokes':
        // A window that starts takes the drawings of the windows already open, where it has none.
        if (Object.keys(state.strokes).length === 0) apply(() => state.setAllStrokes(message.strokes))
        return
    }
  })

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return
    if (
      state.slideIndex !== previous.slideIndex ||
      state.fragment !== previous.fragment ||
      state.cover !== previous.cover ||
      state.zoom !== previous.zoom
    ) {
      postState()
    }
    if (state.pointer !== previous.pointer) {
      post({ type: 'pointer', pointer: state.pointer && { x: state.pointer.x, y: state.pointer.y } })
    }
    if (state.strokes !== previous.strokes) {
      for (const draw of strokeChanges(previous.strokes, state.strokes)) post({ type: 'draw', draw })
    }
  })

  post({ type: 'hello' })

  return () => {
    stopped = true
    heartbeat?.stop()
    unsubscribe()
    channel.close()
  }
}
