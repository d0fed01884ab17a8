/**
 * What may reach the relay: browsers from allowed origins (checked at the
 * connection), and messages that pass the guard, in this order: the
 * connection's rate, a known event with one payload, the sender's role, the
 * size, the schema. A message that fails is dropped and counted, and
 * answered `{ ok: false, error }` when it asked for an answer; one that
 * passes reaches its handler as the schema's output (unknown keys gone).
 */
import type { Socket } from 'socket.io'
import * as v from 'valibot'
import {
  clientMessageSchemas,
  presenterEvents,
  relayLimits,
  type ClientEvent,
  type ClientToRelay,
  type DropReason,
  type RelayRole,
  type RelayToClient,
} from '../../src/relay/protocol.ts'
import type { RateLimit } from './rate-limit.ts'

/** Which browser origins may connect. Clients that send no Origin (not browsers) always may. */
export interface OriginPolicy {
  /** Any origin. */
  any: boolean
  /** Pages of the relay's own server (Origin matches Host). */
  same: boolean
  /** These origins (`https://user.github.io`). */
  list: string[]
}

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

/** What the relay knows of a connection. */
export interface SessionData {
  role: RelayRole | 'guest'
  session: string | null
}

export type RelaySocket = Socket<ClientToRelay, RelayToClient, Record<string, never>, SessionData>

/** Which events each role may send. */
const allowedEvents: Record<SessionData['role'], readonly ClientEvent[]> = {
  guest: ['create'],
  presenter: presenterEvents,
  follower: [],
}

/** The guard every message of a connection passes (see the module's comment); `dropped` counts by reason. */
export function guard(socket: RelaySocket, limit: RateLimit, dropped: Record<DropReason, number>) {
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
    if (!jsonWithin(args[0], relayLimits.messageBytes)) return drop('too-large')
    const parsed = v.safeParse(schema, args[0])
    if (!parsed.success) return drop('invalid')
    packet[1] = parsed.output
    next()
  }
}

/**
 * Whether a decoded payload, written as JSON, takes at most `limit` bytes
 * (escapes aside). Counted without recursion and given up as soon as it is
 * over, so a payload nested a hundred thousand deep costs little and cannot
 * exhaust the stack.
 */
export function jsonWithin(payload: unknown, limit: number): boolean {
  let bytes = 0
  const pending: unknown[] = [payload]
  while (pending.length > 0 && bytes <= limit) {
    const value = pending.pop()
    if (typeof value === 'string') bytes += Buffer.byteLength(value) + 2
    else if (value === null || typeof value !== 'object') bytes += String(value).length
    else if (ArrayBuffer.isView(value)) bytes += value.byteLength * 2
    else if (Array.isArray(value)) {
      // Brackets and commas; the items are counted as they come off the list.
      bytes += 1 + value.length
      if (bytes <= limit) for (const item of value) pending.push(item)
    } else {
      const entries = Object.entries(value)
      bytes += 1 + entries.length
      for (const [key, item] of entries) {
        bytes += Buffer.byteLength(key) + 3
        pending.push(item)
      }
    }
  }
  return bytes <= limit
}
