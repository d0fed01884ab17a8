/**
 * The relay: a Socket.IO server on an HTTP server, speaking
 * src/relay/protocol.ts. A session is a room (`s:ID`, and `p:ID` for its
 * presenters); what a presenter sends is checked, stored (states, decks) and
 * sent to the room's other connections. Every message passes one guard, in
 * this order: the connection's rate, a known event with one payload, the
 * sender's role, the size, the schema. A message that fails is dropped and
 * counted, and answered `{ ok: false, error }` when it asked for an answer.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http'
import { Server, type Socket } from 'socket.io'
import * as v from 'valibot'
import {
  clientMessageSchemas,
  handshakeSchema,
  presenterEvents,
  relayLimits,
  relayVersion,
  type ClientEvent,
  type ClientToRelay,
  type ConnectError,
  type DropReason,
  type RelayRole,
  type RelayToClient,
} from '../../src/relay/protocol.ts'
import { mintSession, roleOf } from './credentials.ts'
import { rateLimit } from './rate-limit.ts'
import { memoryStore, type SessionStore } from './store.ts'

/** Which browser origins may connect. Clients that send no Origin (not browsers) always may. */
export interface OriginPolicy {
  /** Any origin. */
  any: boolean
  /** Pages of the relay's own server (Origin matches Host). */
  same: boolean
  /** These origins (`https://user.github.io`). */
  list: string[]
}

/** Options of {@link attachRelay}. */
export interface RelayOptions {
  origins: OriginPolicy
  /** Sessions' states (default: in memory). */
  store?: SessionStore
  /** Socket.IO adapter for several processes (./redis.ts). */
  adapter?: Parameters<Server['adapter']>[0]
  /** Messages a connection may send at once, and then each second. */
  rate?: { burst: number; perSecond: number }
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

/** What the relay knows of a connection. */
interface SessionData {
  role: RelayRole | 'guest'
  session: string | null
}

type RelaySocket = Socket<ClientToRelay, RelayToClient, Record<string, never>, SessionData>

const room = (session: string) => `s:${session}`
const presentersRoom = (session: string) => `p:${session}`

/** Whether a request's Origin is allowed. */
export function originAllowed(policy: OriginPolicy, origin: string | undefined, host: string | undefined): boolean {
  if (!origin || policy.any) return true
  if (policy.list.includes(origin)) return true
  if (!policy.same || !host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/** Start a relay on an HTTP server (its requests under `/socket.io/` are the relay's). */
export function attachRelay(http: HttpServer, options: RelayOptions): Relay {
  const { origins, log = () => {} } = options
  const store = options.store ?? memoryStore()
  const rate = options.rate ?? relayLimits
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
  }

  io.on('connection', (socket) => {
    socket.use(guard(socket, rateLimit(rate.burst, rate.perSecond), dropped))
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

/** Which events each role may send. */
const allowedEvents: Record<SessionData['role'], readonly ClientEvent[]> = {
  guest: ['create'],
  presenter: presenterEvents,
  follower: [],
}

/** The guard every incoming message passes (see the module's comment). */
function guard(socket: RelaySocket, limit: { take(): boolean }, dropped: RelayStats['dropped']) {
  return (packet: [string, ...unknown[]], next: (error?: Error) => void) => {
    const [event, ...args] = packet
    const ack = typeof args.at(-1) === 'function' ? (args.pop() as (reply: unknown) => void) : undefined
    const drop = (reason: DropReason) => {
      dropped[reason]++
      ack?.({ ok: false, error: reason })
    }
    if (!limit.take()) return drop('rate-limited')
    const schema = Object.hasOwn(clientMessageSchemas, event) ? clientMessageSchemas[event as ClientEvent] : undefined
    // `create` must ask for an answer: the answer is the session.
    if (!schema || args.length !== 1 || (event === 'create' && !ack)) return drop('invalid')
    if (!allowedEvents[socket.data.role].includes(event as ClientEvent)) return drop('forbidden')
    if (Buffer.byteLength(JSON.stringify(args[0]) ?? '') > relayLimits.messageBytes) return drop('too-large')
    const parsed = v.safeParse(schema, args[0])
    if (!parsed.success) return drop('invalid')
    packet[1] = parsed.output
    next()
  }
}
