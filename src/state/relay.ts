/**
 * The relay binding: the app's store on a relay (server/relay, protocol in
 * src/relay), so windows on other devices — a phone used as a remote, the
 * audience's own devices — stay on the talk's slide.
 *
 * - A presenter connection (the presenter view, or a phone remote with the
 *   presenter token) sends its moves, pointer and drawings, and shows the
 *   session's state as the relay numbers it (`createStateTracker`).
 * - A follower connection only listens: it shows the live state while it
 *   follows; a move of its own (browsing back) leaves live, and "Back to
 *   live" (`following`) returns to the newest state.
 * - Every message heard is parsed against the protocol's schemas; one that
 *   does not fit is dropped and counted. After a network drop the socket
 *   reconnects by itself, with the credentials held then, and the `welcome`
 *   brings the window back to the current slide (or, for a presenter who
 *   moved while offline, takes its slide to the relay).
 */
import * as v from 'valibot'
import {
  createStateTracker,
  deckInfoSchema,
  drawSchema,
  pointerSchema,
  presenceSchema,
  relayStateSchema,
  welcomeSchema,
  type ClientToRelay,
  type CreateReply,
  type Credentials,
  type DeckInfo,
  type RelayState,
  type RelayToClient,
} from '../relay/index.ts'
import type { AppStore } from './store.ts'
import { drawChange, strokeChanges } from './sync-messages.ts'

/** The part of a Socket.IO client socket the binding uses (typed by the protocol). */
export interface RelaySocket {
  connected: boolean
  on<E extends keyof RelayToClient | 'connect' | 'disconnect' | 'connect_error'>(
    event: E,
    listener: E extends keyof RelayToClient ? (payload: unknown) => void : (error?: Error) => void,
  ): unknown
  emit<E extends keyof ClientToRelay>(event: E, ...args: Parameters<ClientToRelay[E]>): unknown
  volatile: { emit(event: 'pointer', payload: Parameters<ClientToRelay['pointer']>[0]): unknown }
  connect(): unknown
  disconnect(): unknown
}

/** Options of {@link bindRelay}. */
export interface RelayOptions {
  /** Drive (`presenter`) or follow. */
  role: 'presenter' | 'follower'
  /** The session to join, or null for a presenter to make a new one. */
  credentials: Credentials | null
  /**
   * Open the socket; `auth` gives the handshake's credentials at each
   * (re)connection (`io(url, { path, auth })` in the app).
   */
  connect: (auth: (reply: (auth: object) => void) => void) => RelaySocket
  /** The deck on screen as the relay tells other devices about it, or null. */
  deck: () => DeckInfo | null
  /** Keep the credentials of a session made here (a reload rejoins it), and the follow credentials it came with. */
  made?: (presenter: Credentials, follow: Credentials) => void
  /** A window that joined a session (a remote, a follower) was sent another deck than the one on screen: open it. */
  openDeck?: (url: string) => void
  /** Most pointer messages a second (default 30). */
  pointerRate?: number
}

/**
 * Put the store on a relay.
 *
 * @returns
 *   A function that disconnects.
 */
export function bindRelay(store: AppStore, options: RelayOptions): () => void {
  const { role } = options
  let credentials = options.credentials
  const tracker = createStateTracker()
  let applying = false
  /** A presenter moved while offline: its slide goes to the relay when it is back. */
  let movedOffline = false
  let lastPointer = 0

  const apply = (change: () => void) => {
    applying = true
    try {
      change()
    } finally {
      applying = false
    }
  }
  const show = (state: RelayState | null) => {
    if (!state || (role === 'follower' && !store.getState().following)) return
    apply(() => {
      const now = store.getState()
      now.goTo(state.slideIndex, state.fragment)
      if (now.cover !== state.cover) store.setState({ cover: state.cover })
      const zoom = state.zoom ?? null
      if (now.zoom?.x !== zoom?.x || now.zoom?.y !== zoom?.y) store.getState().setZoom(zoom)
    })
  }
  const dropped = () => store.getState().dropMessage()
  const parse = <T>(schema: v.GenericSchema<unknown, T>, payload: unknown): T | null => {
    const parsed = v.safeParse(schema, payload)
    if (parsed.success) return parsed.output
    dropped()
    return null
  }

  const socket = options.connect((reply) => reply(credentials ? { v: 1, ...credentials } : { v: 1 }))
  store.getState().setRelay({ relayStatus: 'connecting' })

  const sendState = () => {
    const { slideIndex, fragment, cover, zoom } = store.getState()
    tracker.sent()
    socket.emit('state', { slideIndex, fragment, cover, zoom }, (reply) =>
      show(tracker.answered(reply.ok ? (reply.seq ?? null) : null)),
    )
  }
  const sendDeck = () => {
    const deck = options.deck()
    if (deck) socket.emit('deck', deck)
  }

  socket.on('connect', () => {
    tracker.connected()
    store.getState().setRelay({ relayStatus: 'connected' })
    if (credentials || role !== 'presenter') return
    socket.emit('create', { deck: options.deck() }, (reply: CreateReply) => {
      if (!reply.ok) return store.getState().setRelay({ relayStatus: 'refused' })
      credentials = { session: reply.session, token: reply.presenter }
      options.made?.(credentials, { session: reply.session, token: reply.follow })
    })
  })
  socket.on('disconnect', () => store.getState().setRelay({ relayStatus: 'offline' }))
  socket.on('connect_error', (error) => {
    // The relay refused these credentials or this version: Socket.IO does not retry them.
    const refused = ['unauthorized', 'bad-handshake', 'unsupported-version'].includes(error?.message ?? '')
    store.getState().setRelay({ relayStatus: refused ? 'refused' : 'offline' })
  })
  socket.on('welcome', (payload) => {
    const welcome = parse(welcomeSchema, payload)
    if (!welcome) return
    if (options.openDeck && welcome.deck?.url && welcome.deck.id !== options.deck()?.id) {
      return options.openDeck(welcome.deck.url)
    }
    if (role === 'presenter' && (welcome.state === null || movedOffline)) {
      movedOffline = false
      sendState()
      sendDeck()
      return
    }
    if (welcome.state) show(tracker.received(welcome.state))
    if (role === 'presenter' && welcome.deck?.id !== options.deck()?.id) sendDeck()
  })
  socket.on('state', (payload) => {
    const state = parse(relayStateSchema, payload)
    if (state) show(tracker.received(state))
  })
  socket.on('deck', (payload) => {
    const deck = parse(deckInfoSchema, payload)
    // A window that joined and was sent another deck opens it.
    if (options.openDeck && deck?.url && deck.id !== options.deck()?.id) options.openDeck(deck.url)
  })
  socket.on('pointer', (payload) => {
    const pointer = parse(pointerSchema, payload)
    if (pointer !== null || payload === null) apply(() => store.getState().movePointer(pointer))
  })
  socket.on('draw', (payload) => {
    const draw = parse(drawSchema, payload)
    if (!draw) return
    const { slideIndex, ...change } = drawChange(draw)
    apply(() => store.getState().applyStrokes(slideIndex, change))
  })
  socket.on('presence', (payload) => {
    const presence = parse(presenceSchema, payload)
    if (presence) store.getState().setRelay({ relayPresence: presence })
  })

  const unsubscribe = store.subscribe((state, previous) => {
    if (role === 'follower') {
      // Going back to live shows the newest state; a move of the viewer's own leaves live.
      if (state.following && !previous.following) show(tracker.latest())
      else if (
        !applying &&
        state.following &&
        (state.slideIndex !== previous.slideIndex || state.fragment !== previous.fragment)
      ) {
        state.setRelay({ following: false })
      }
      return
    }
    if (applying) return
    const moved =
      state.slideIndex !== previous.slideIndex ||
      state.fragment !== previous.fragment ||
      state.cover !== previous.cover ||
      state.zoom !== previous.zoom
    if (moved) {
      if (socket.connected && credentials) sendState()
      else movedOffline = true
    }
    if (state.deck !== previous.deck && socket.connected && credentials) sendDeck()
    if (!socket.connected || !credentials) return
    if (state.pointer !== previous.pointer) {
      const now = Date.now()
      // Pointer moves are many and only the latest matters: volatile, and at most `pointerRate` a second.
      if (state.pointer === null || now - lastPointer >= 1000 / (options.pointerRate ?? 30)) {
        lastPointer = now
        socket.volatile.emit('pointer', state.pointer && { x: state.pointer.x, y: state.pointer.y })
      }
    }
    if (state.strokes !== previous.strokes) {
      for (const draw of strokeChanges(previous.strokes, state.strokes)) socket.emit('draw', draw)
    }
  })

  return () => {
    unsubscribe()
    socket.disconnect()
    store.getState().setRelay({ relayStatus: 'off', relayPresence: null })
  }
}

/** {@link bindRelay}'s type, for callers that load it on demand. */
export type BindRelay = typeof bindRelay
