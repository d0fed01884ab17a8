/** Relays and Socket.IO clients for tests and the bench (Node, loopback). */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { io, type Socket } from 'socket.io-client'
import type { ClientToRelay, CreateReply, RelayToClient, Welcome } from '../../src/relay/protocol.ts'
import { attachRelay, type Relay, type RelayOptions } from './relay.ts'

/** A client's socket, typed by the protocol. */
export type ClientSocket = Socket<RelayToClient, ClientToRelay>
type Payload<E extends keyof RelayToClient> = Parameters<RelayToClient[E]>[0]

/** A relay on a free loopback port, in this process. */
export async function startRelay(
  options: Partial<RelayOptions> = {},
  port = 0,
): Promise<{ url: string; port: number; relay: Relay }> {
  const http = createServer()
  const relay = attachRelay(http, { origins: { any: false, same: true, list: [] }, ...options })
  await new Promise<void>((done) => http.listen(port, '127.0.0.1', done))
  const bound = (http.address() as AddressInfo).port
  return { url: `http://127.0.0.1:${bound}`, port: bound, relay }
}

/** A client; `auth` may be a function, read at each (re)connection as the app does. */
export function connect(
  url: string,
  auth: object | (() => object) = { v: 1 },
  options: { headers?: Record<string, string> } = {},
): ClientSocket {
  return io(url, {
    auth: typeof auth === 'function' ? (callback) => callback(auth()) : auth,
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    ...(options.headers ? { extraHeaders: options.headers } : {}),
  })
}

/** The next payload of an event (rejects after `timeoutMs`). */
export function next<E extends keyof RelayToClient>(
  socket: ClientSocket,
  event: E,
  timeoutMs = 3000,
): Promise<Payload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs)
    const listener = ((payload: Payload<E>) => {
      clearTimeout(timer)
      resolve(payload)
    }) as RelayToClient[E]
    ;(socket as unknown as { once: (event: string, listener: unknown) => void }).once(event, listener)
  })
}

/** Resolves once connected; rejects with the relay's reason (`connect_error`). */
export function connected(socket: ClientSocket, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not connected in time')), timeoutMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      resolve()
    })
    socket.once('connect_error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Create a session as a guest: the presenter's socket, its secrets, and its welcome. */
export async function createSession(url: string, deck: Parameters<ClientToRelay['create']>[0]['deck'] = null) {
  const secrets: { session: string; presenter: string; follow: string } = { session: '', presenter: '', follow: '' }
  // After `create`, reconnections carry the presenter's credentials.
  const presenter = connect(url, () =>
    secrets.session ? { v: 1, session: secrets.session, token: secrets.presenter } : { v: 1 },
  )
  await connected(presenter)
  const welcome = next(presenter, 'welcome')
  const reply: CreateReply = await presenter.emitWithAck('create', { deck })
  if (!reply.ok) throw new Error(`create failed: ${reply.error}`)
  Object.assign(secrets, reply)
  return { presenter, secrets, welcome: (await welcome) as Welcome }
}

/** A follower of a session, connected, with its welcome. */
export async function follow(url: string, session: string, token: string) {
  const follower = connect(url, { v: 1, session, token })
  const welcome = next(follower, 'welcome')
  await connected(follower)
  return { follower, welcome: await welcome }
}

/** Nothing more arrives for an event within `ms`. */
export async function silence(socket: ClientSocket, event: keyof RelayToClient, ms = 300): Promise<unknown[]> {
  const heard: unknown[] = []
  const listener = (payload: unknown) => heard.push(payload)
  ;(socket as unknown as { on: (event: string, listener: unknown) => void }).on(event, listener)
  await new Promise((done) => setTimeout(done, ms))
  ;(socket as unknown as { off: (event: string, listener: unknown) => void }).off(event, listener)
  return heard
}
