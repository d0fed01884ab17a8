/**
 * The heartbeat of a window of a deck (sync.ts): every period it says it is
 * there, signed with the secret of the windows that opened each other
 * (sync-pairing.ts) over its count and time (sync-proof.ts); a heartbeat heard
 * counts only when its proof fits, its count rises and its time is recent.
 * Loaded after the first slide shows: the first paint does not need it.
 */
import type { AppStore } from './store.ts'
import type { SyncMessage } from './sync-messages.ts'
import { bindPairing, type Pairing } from './sync-pairing.ts'
import { sign, verify } from './sync-proof.ts'
import { peerTimeoutMs } from './sync-slice.ts'
import type { ViewRole } from './types.ts'

/** A heartbeat, as heard. */
export type Heartbeat = Extract<SyncMessage, { type: 'ping' }>

/** Options of {@link bindHeartbeat}. */
export interface HeartbeatOptions {
  deck: string
  from: string
  role: ViewRole
  /** Post a heartbeat on the deck's channel (the envelope is added). */
  post: (beat: Pick<Heartbeat, 'type' | 'seq' | 'at' | 'proof'>) => void
  /** Period in ms. */
  heartbeatMs: number
  /** The secret shared with related windows (default {@link bindPairing} of `window`). */
  pairing?: (onKey: () => void) => Pairing
}

/**
 * Beat, and hear the other windows' heartbeats into the sync slice (`peers`).
 *
 * @returns
 *   `hear` for each heartbeat heard on the channel, and `stop`.
 */
export function bindHeartbeat(
  store: AppStore,
  options: HeartbeatOptions,
): { hear: (message: Heartbeat) => void; stop: () => void } {
  const { deck, from, role, post } = options
  let stopped = false
  let seq = 0
  const beat = () => {
    const fields = { type: 'ping' as const, deck, from, role, seq: ++seq, at: Date.now() }
    void pairing
      .key()
      .then((key) => sign(key, fields))
      .then((proof) => stopped || post({ type: 'ping', seq: fields.seq, at: fields.at, proof }))
  }
  const pairing = (options.pairing ?? ((onKey) => bindPairing(window, onKey)))(beat)

  /** The last count heard from each window whose heartbeat was proven. */
  const heard = new Map<string, number>()
  const hear = async (message: Heartbeat) => {
    const fresh = () => message.seq > (heard.get(message.from) ?? 0)
    const proven =
      fresh() &&
      Math.abs(Date.now() - message.at) < peerTimeoutMs &&
      (await verify(await pairing.key(), message, message.proof))
    if (stopped) return
    if (!proven || !fresh()) return store.getState().dropMessage()
    heard.set(message.from, message.seq)
    store.getState().hearPeer(message.role, Date.now())
  }

  beat()
  const timer = setInterval(() => {
    pairing.ask()
    beat()
  }, options.heartbeatMs)
  return {
    hear: (message) => void hear(message),
    stop: () => {
      stopped = true
      clearInterval(timer)
      pairing.close()
    },
  }
}
