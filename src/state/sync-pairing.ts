/**
 * The secret the windows of a deck sign their heartbeats with (sync-proof.ts),
 * handed only between windows that opened each other: any tab of the origin
 * hears the deck's channel, but only the window that opened this one
 * (`window.opener`) and the windows this one opened can reach it by
 * `postMessage`, and the browser names the sender of each message.
 *
 * - Every window starts with a secret of its own. A window with an opener
 *   asks it for its secret at once and at every heartbeat, and takes the one
 *   it gets: the window that opens the others holds the secret they all use,
 *   and a window that reloads gets a new one its windows take within a beat.
 * - A window gives its secret only to a window it opened (`source.opener` is
 *   this window), and takes one only from its own opener; both of this origin.
 *   Never through the URL or storage, which other tabs can read.
 */
import { newSecret, proofKey, secretBytes } from './sync-proof.ts'

/** The part of a window the pairing uses (a window, or a stand-in in tests). */
export interface PairingWindow {
  readonly opener: unknown
  readonly location: { readonly origin: string }
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void
}

/** A window's secret, as its opener gives it. */
export interface Pairing {
  /** The key to sign and check heartbeats with now (the opener's, once it answered). */
  key: () => Promise<CryptoKey>
  /** Ask the opener for its secret (again). */
  ask: () => void
  close: () => void
}

/** How long a window with an opener waits for its secret before it signs with its own (ms). */
export const pairingWaitMs = 500

type Peer = { postMessage: (message: unknown, targetOrigin: string) => void; opener?: unknown; closed?: boolean }

function isPeer(value: unknown): value is Peer {
  return typeof value === 'object' && value !== null && typeof (value as Peer).postMessage === 'function'
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

/**
 * Hand the secret between this window, its opener and the windows it opened.
 *
 * @param self
 *   This window.
 * @param onKey
 *   Called when the key changes (the opener's secret was taken).
 */
export function bindPairing(self: PairingWindow, onKey: () => void): Pairing {
  const { origin } = self.location
  let secret = newSecret()
  let key: Promise<CryptoKey>
  /** Settles the first key of a window with an opener: the opener's, or after a wait its own. */
  let settle: ((secret: Uint8Array<ArrayBuffer>) => void) | null = null
  const opener = (): Peer | null => {
    const peer = self.opener
    return isPeer(peer) && !peer.closed ? peer : null
  }

  if (opener()) {
    key = new Promise<Uint8Array<ArrayBuffer>>((resolve) => {
      settle = resolve
      setTimeout(() => resolve(secret), pairingWaitMs)
    }).then((first) => {
      settle = null
      return proofKey(first)
    })
  } else key = proofKey(secret)

  const ask = () => {
    try {
      opener()?.postMessage({ lectern: 'sync-key?' }, origin)
    } catch {
      // The opener went away meanwhile.
    }
  }

  const onMessage = (event: MessageEvent) => {
    const { data, source } = event
    if (event.origin !== origin || !isPeer(source) || typeof data !== 'object' || data === null) return
    const { lectern, secret: given } = data as { lectern?: unknown; secret?: unknown }
    if (lectern === 'sync-key?') {
      // Only to a window this one opened.
      if (source.opener === self) source.postMessage({ lectern: 'sync-key', secret }, origin)
      return
    }
    if (lectern !== 'sync-key' || source !== self.opener) return
    if (!(given instanceof Uint8Array) || given.length !== secretBytes || sameBytes(given, secret)) return
    secret = new Uint8Array(given)
    if (settle) return settle(secret)
    key = proofKey(secret)
    onKey()
  }

  self.addEventListener('message', onMessage)
  ask()
  return {
    key: () => key,
    ask,
    close: () => self.removeEventListener('message', onMessage),
  }
}
