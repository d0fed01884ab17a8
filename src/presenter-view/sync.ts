/**
 * Keeps the presenter stores of several windows of the same deck in step:
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
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Deck } from '../deck/types.ts'
import type { Cover, DeckSource, PresenterStore } from '../present/store/index.ts'

/** What a window is: the audience's slides, the presenter view, or the notes-only view. */
export type ViewRole = 'audience' | 'presenter' | 'notes'

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

/** Who else is there, as the heartbeat tells. */
export interface PeerState {
  /** Time (ms, `Date.now()`) of the last ping from each role. */
  lastSeen: Partial<Record<ViewRole, number>>
}

/** The running sync, and the peers it has heard. */
export interface Sync {
  peers: StoreApi<PeerState>
  stop: () => void
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
 * Sync a presenter store with the other windows of the same deck.
 *
 * @param store
 *   The store, with its deck open.
 * @returns
 *   The peers' heartbeat store and a stop function.
 */
export function bindSync(store: PresenterStore, options: SyncOptions): Sync {
  const { role, deck } = options
  const channel = options.channel ?? openChannel()
  const from = Math.random().toString(36).slice(2)
  const peers = createStore<PeerState>()(() => ({ lastSeen: {} }))
  /** True while applying a remote state: that change is not posted back. */
  let applying = false

  const snapshot = (): SyncState => {
    const { slideIndex, fragment, cover } = store.getState()
    return { slideIndex, fragment, cover }
  }
  const postState = () => channel.post({ type: 'state', deck, from, role, ...snapshot() })

  channel.listen((message) => {
    if (!message || message.deck !== deck || message.from === from) return
    peers.setState((state) => ({ lastSeen: { ...state.lastSeen, [message.role]: Date.now() } }))
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

  return {
    peers,
    stop: () => {
      clearInterval(timer)
      unsubscribe()
      channel.close()
    },
  }
}
