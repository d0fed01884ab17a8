/**
 * Keeps the stores of several windows of the same deck in step:
 * one store subscriber and one channel (BroadcastChannel, else `storage`
 * events), never components.
 *
 * - Every move (slide, fragment, cover) is posted with the deck's id; windows
 *   of another deck ignore it, so two decks in two tabs never steer each other.
 * - A window that starts (or reloads) asks for the state (`hello`), and any
 *   window of the same deck answers with its slide, fragment and cover.
 * - Each window says it is alive every second (`ping`, with its role), so the
 *   presenter view can show whether the audience window is there.
 */
import type { Deck } from '../deck/index.ts'
import type { AppStore } from './store.ts'
import type { Cover, DeckSource, ViewRole } from './types.ts'

interface SyncState {
  slideIndex: number
  fragment: number
  cover: Cover | null
}

/** Messages between windows. */
export type SyncMessage =
  | { type: 'hello'; deck: string; from: string; role: ViewRole }
  | ({ type: 'state'; deck: string; from: string; role: ViewRole } & SyncState)
  | { type: 'ping'; deck: string; from: string; role: ViewRole }

/** A message channel between windows of one origin. */
export interface SyncChannel {
  post: (message: SyncMessage) => void
  listen: (listener: (message: SyncMessage) => void) => void
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
        channel.onmessage = (event: MessageEvent<SyncMessage>) => listener(event.data)
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
          listener((JSON.parse(event.newValue) as { message: SyncMessage }).message)
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

/** FNV-1a, 32 bits, as hex. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * The identity of a deck for sync: where it came from, its slides and their
 * text, hashed. Two windows agree only when both show the same deck.
 */
export function deckIdentity(deck: Deck, source: DeckSource | null): string {
  const where = source
    ? source.kind === 'url'
      ? `url:${new URL(source.url, 'http://x/').href}`
      : `bundled:${source.name}`
    : ''
  const slides = deck.slides.map(
    (slide) =>
      `${slide.id}|${slide.fragments}|${slide.headings.map((h) => h.text).join('/')}|${slide.notes.join('\n')}`,
  )
  return hash(`${where}\n${deck.meta.title ?? ''}\n${slides.join('\n')}`)
}

/** Options of {@link bindSync}. */
export interface SyncOptions {
  role: ViewRole
  /** The deck's identity ({@link deckIdentity}). */
  deck: string
  /** The channel (default {@link openChannel}). */
  channel?: SyncChannel
  /** Heartbeat period in ms (default 1000). */
  heartbeatMs?: number
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
  /** True while applying a remote state: that change is not posted back. */
  let applying = false

  const snapshot = (): SyncState => {
    const { slideIndex, fragment, cover } = store.getState()
    return { slideIndex, fragment, cover }
  }
  const postState = () => channel.post({ type: 'state', deck, from, role, ...snapshot() })

  channel.listen((message) => {
    if (!message || message.deck !== deck || message.from === from) return
    store.getState().hearPeer(message.role, Date.now())
    if (message.type === 'hello') postState()
    else if (message.type === 'state') {
      applying = true
      try {
        const state = store.getState()
        state.goTo(message.slideIndex, message.fragment)
        if (state.cover !== message.cover) store.setState({ cover: message.cover })
      } finally {
        applying = false
      }
    }
  })

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying) return
    if (
      state.slideIndex !== previous.slideIndex ||
      state.fragment !== previous.fragment ||
      state.cover !== previous.cover
    ) {
      postState()
    }
  })

  channel.post({ type: 'hello', deck, from, role })
  const timer = setInterval(() => channel.post({ type: 'ping', deck, from, role }), options.heartbeatMs ?? 1000)

  return () => {
    clearInterval(timer)
    unsubscribe()
    channel.close()
  }
}
