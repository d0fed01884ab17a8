/**
 * The relay: a Socket.IO server on an HTTP server, speaking
 * src/relay/protocol.ts. A handshake's credentials give the connection its
 * role; a session is a room (`s:ID`, and `p:ID` for its presenters); what a
 * presenter sends passes the guard (./guard.ts), is stored (states, decks)
 * and is sent to the room's other connections.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http'
import { Server } from 'socket.io'
import * as v from 'valibot'
import {
  handshakeSchema,
  relayLimits,
  relayVersion,
  type ClientToRelay,
  type ConnectError,
  type DropReason,
  type RelayToClient,
} from '../../src/relay/protocol.ts'
import { mintSession, roleOf } from './credentials.ts'
import { guard, originAllowed, type OriginPolicy, type RelaySocket, type SessionData } from './guard.ts'
import { rateLimit } from './rate-limit.ts'
import { memoryStore, type SessionStore } from './store.ts'

export type { OriginPolicy }

/** Options of {@link attachRelay}. */
export interface RelayOptions {
  origins: OriginPolicy
  /** Sessions' states (default: in memory). */
  store?: SessionStore
  /** Socket.IO adapter for several processes (./redis.ts). */
  adapter?: Parameters<Server['adapter']>[0]
  log?: (line: string) => void
}

/** Counters since start. */
export interface RelayStats {
  v: number
  /** Connections to this process. */
  connections: number
  /** Sessions with a connection to this process. */
  sessions: number
  /** Messages dropped, by reason. */
  dropped: Record<DropReason, number>
  /** Handshakes refused, by reason. */
  refused: Record<ConnectError | 'origin', number>
  /** Whether sessions are shared through Redis. */
  shared: boolean
}

/** A running relay. */
export interface Relay {
  io: Server<ClientToRelay, RelayToClient, Record<string, never>, SessionData>
  stats(): RelayStats
  /** Disconnect everyone and close the relay and its HTTP server. */
  close(): Promise<void>
}

const room = (session: string) => `s:${session}`
const presentersRoom = (session: string) => `p:${session}`

/** Start a relay on an HTTP server (its requests under `/socket.io/` are the relay's). */
export function attachRelay(http: HttpServer, options: RelayOptions): Relay {
  const { origins, log = () => {} } = options
  const store = options.store ?? memoryStore()
  const dropped: RelayStats['dropped'] = {
    invalid: 0,
    forbidden: 0,
    'rate-limited': 0,
    'too-large': 0,
    unavailable: 0,
  }
  const refused: RelayStats['refused'] = { 'bad-handshake': 0, 'unsupported-version': 0, unauthorized: 0, origin: 0 }
  let storeFailures = 0

  const io: Relay['io'] = new Server(http, {
    serveClient: false,
    // The transport's own cap; single messages are held to relayLimits.messageBytes below.
    maxHttpBufferSize: 1024 * 1024,
    // A dead phone connection is noticed within 20 s (default 45 s).
    pingInterval: 10_000,
    pingTimeout: 10_000,
    allowRequest: (request: IncomingMessage, done) => {
      const allowed = originAllowed(origins, request.headers.origin, request.headers.host)
      if (!allowed) refused.origin++
      done(allowed ? null : 'origin not allowed', allowed)
    },
    ...(origins.any || origins.list.length
      ? { cors: { origin: (origin, done) => done(null, originAllowed(origins, origin, undefined)) } }
      : {}),
  })
  if (options.adapter) io.adapter(options.adapter)

  const storeFailed = (error: unknown) => {
    // Said once, then every 100th time: a lost Redis would otherwise flood the log.
    if (storeFailures++ % 100 === 0)
      log(`relay: sessions could not be read or stored (${error instanceof Error ? error.message : error})`)
  }

  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth
    const refuse = (reason: ConnectError) => {
      refused[reason]++
      next(new Error(reason))
    }
    const version = (auth as { v?: unknown } | null)?.v
    if (typeof version === 'number' && version !== relayVersion) return refuse('unsupported-version')
    const parsed = v.safeParse(handshakeSchema, auth)
    if (!parsed.success) return refuse('bad-handshake')
    const { session, token } = parsed.output
    if (session === undefined || token === undefined) {
      socket.data = { role: 'guest', session: null }
      return next()
    }
    const role = roleOf({ session, token })
    if (!role) return refuse('unauthorized')
    socket.data = { role, session }
    next()
  })

  /** Debounced per session: tell its presenters who is connected. */
  const presenceTimers = new Map<string, ReturnType<typeof setTimeout>>()
  const presenceChanged = (session: string) => {
    if (presenceTimers.has(session)) return
    const timer = setTimeout(async () => {
      presenceTimers.delete(session)
      try {
        const sockets = await io.in(room(session)).fetchSockets()
        const presenters = sockets.filter((socket) => socket.data.role === 'presenter').length
        io.to(presentersRoom(session)).emit('presence', { presenters, followers: sockets.length - presenters })
      } catch {
        // Another process did not answer in time: the next change tells.
      }
    }, 250)
    timer.unref()
    presenceTimers.set(session, timer)
  }

  /** Put a connection in its session's rooms and send it the session as stored. */
  const enter = async (socket: RelaySocket) => {
    const { session, role } = socket.data
    if (!session || role === 'guest') return
    try {
      // Join before reading: a state stored meanwhile is sent to this socket too (it may come before
      // the welcome, with a higher seq, and the client keeps the higher one).
      await socket.join(room(session))
      if (role === 'presenter') await socket.join(presentersRoom(session))
      presenceChanged(session)
      const record = await store.read(session).catch((error: unknown) => {
        storeFailed(error)
        return { state: null, deck: null }
      })
      socket.emit('welcome', { v: relayVersion, role, session, ...record })
    } catch (error) {
      // Not in its rooms: better to reconnect than to stay deaf.
      log(`relay: a connection could not join its session (${error instanceof Error ? error.message : error})`)
      socket.disconnect(true)
    }
  }

  io.on('connection', (socket) => {
    socket.use(guard(socket, rateLimit(relayLimits.burst, relayLimits.perSecond), dropped))
    void enter(socket)
    socket.on('disconnect', () => {
      if (socket.data.session) presenceChanged(socket.data.session)
    })

    socket.on('create', async (request, ack) => {
      const secrets = mintSession()
      socket.data = { role: 'presenter', session: secrets.session }
      if (request.deck) await store.writeDeck(secrets.session, request.deck).catch(storeFailed)
      ack({ ok: true, ...secrets })
      await enter(socket)
    })

    socket.on('state', async (state, ack) => {
      const session = socket.data.session!
      let seq: number
      try {
        seq = await store.writeState(session, state)
      } catch (error) {
        storeFailed(error)
        dropped.unavailable++
        ack?.({ ok: false, error: 'unavailable' })
        return
      }
      socket.to(room(session)).emit('state', { ...state, seq })
      ack?.({ ok: true, seq })
    })

    socket.on('deck', async (deck, ack) => {
      const session = socket.data.session!
      try {
        await store.writeDeck(session, deck)
      } catch (error) {
        storeFailed(error)
        dropped.unavailable++
        ack?.({ ok: false, error: 'unavailable' })
        return
      }
      socket.to(room(session)).emit('deck', deck)
      ack?.({ ok: true })
    })

    socket.on('pointer', (pointer) => {
      socket.to(room(socket.data.session!)).volatile.emit('pointer', pointer)
    })

    socket.on('draw', (draw) => {
      socket.to(room(socket.data.session!)).emit('draw', draw)
    })
  })

  return {
    io,
    stats() {
      let sessions = 0
      for (const name of io.of('/').adapter.rooms.keys()) if (name.startsWith('s:')) sessions++
      return {
        v: relayVersion,
        connections: io.of('/').sockets.size,
        sessions,
        dropped: { ...dropped },
        refused: { ...refused },
        shared: Boolean(options.adapter),
      }
    },
    async close() {
      for (const timer of presenceTimers.values()) clearTimeout(timer)
      presenceTimers.clear()
      await new Promise<void>((done) => {
        io.close(() => done())
        // Open streams (server-sent events, keep-alive) would hold the HTTP server's close.
        http.closeAllConnections()
      })
      await store.close()
    },
  }
}
