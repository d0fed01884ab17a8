/**
 * A session's secrets. The presenter token is 192 random bits; the follow
 * token is derived from it and the session id from the follow token, each by
 * SHA-256 cut to 128 bits. So any relay process checks any credential by
 * hashing, with nothing stored, a follow token cannot be turned into the
 * presenter token, and a session survives a relay restart (its state, without
 * Redis, comes back with the presenter). Tokens are compared in constant time
 * and never logged.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Credentials, RelayRole } from '../../src/relay/protocol.ts'

/** A new session's id and secrets. */
export interface SessionSecrets {
  session: string
  presenter: string
  follow: string
}

/** SHA-256 of a labelled value, cut to 128 bits. */
function derive(label: 'follow' | 'session', value: string): Buffer {
  return createHash('sha256').update(`lectern/${label}/1\0${value}`).digest().subarray(0, 16)
}

/** Mint a session. */
export function mintSession(): SessionSecrets {
  const presenter = randomBytes(24).toString('base64url')
  const follow = derive('follow', presenter).toString('base64url')
  return { session: derive('session', follow).toString('base64url'), presenter, follow }
}

/**
 * The role a token gives in a session, or null when it gives none. Both
 * derivations run whatever the token, and both comparisons are constant-time.
 */
export function roleOf({ session, token }: Credentials): RelayRole | null {
  const id = Buffer.from(session, 'base64url')
  // One spelling per id: a session's room is named by it.
  if (id.length !== 16 || id.toString('base64url') !== session) return null
  const asFollow = derive('session', token)
  const asPresenter = derive('session', derive('follow', token).toString('base64url'))
  const follower = timingSafeEqual(id, asFollow)
  const presenter = timingSafeEqual(id, asPresenter)
  return presenter ? 'presenter' : follower ? 'follower' : null
}
