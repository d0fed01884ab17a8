/**
 * Which relay states a client shows. States arrive numbered (`seq`, see
 * ./protocol.ts): from `welcome`, from other clients' moves, and as the
 * number in the answer to this client's own `state`. Showing every state as
 * it arrives would flicker and could leave two presenters on different
 * slides (each hears the other's older move after making its own); this
 * shows only the newest, and holds remote states back while this client's
 * own moves are unanswered. Pure: the caller connects it to the socket and
 * the store.
 */
import type { RelayState } from './protocol.ts'

/** The bookkeeping of one client; see {@link createStateTracker}. */
export interface StateTracker {
  /** A (re)connection: what the last connection knew is forgotten (a restarted relay counts again from 1). */
  connected(): void
  /** This client sent a `state` and awaits its answer. */
  sent(): void
  /**
   * The answer to a sent `state` (its `seq`, or null when it was dropped).
   * @returns A remote state held back meanwhile that is newer, to show now.
   */
  answered(seq: number | null): RelayState | null
  /**
   * A state from the relay (`welcome` or `state`).
   * @returns The state to show now, or null (older than what is known, or held back).
   */
  received(state: RelayState): RelayState | null
  /** The newest state heard from the relay: where "rejoin" goes after a follower browsed away. */
  latest(): RelayState | null
}

/** Start tracking (one per connection's client, kept across its reconnections). */
export function createStateTracker(): StateTracker {
  /** Highest `seq` accounted for: shown, or sent by this client. */
  let known = 0
  /** Sends not yet answered. */
  let pending = 0
  /** The newest remote state that arrived while sends were pending. */
  let held: RelayState | null = null
  let newest: RelayState | null = null
  /** No state heard on this connection yet: the next one is the newest, whatever its number. */
  let fresh = true

  return {
    connected() {
      known = 0
      pending = 0
      held = null
      fresh = true
    },
    sent() {
      pending++
    },
    answered(seq) {
      pending = Math.max(0, pending - 1)
      if (seq !== null) known = Math.max(known, seq)
      if (pending > 0 || !held) return null
      const state = held
      held = null
      if (state.seq <= known) return null
      known = state.seq
      return state
    },
    received(state) {
      if (fresh || !newest || state.seq > newest.seq) newest = state
      fresh = false
      if (state.seq <= known) return null
      if (pending > 0) {
        if (!held || state.seq > held.seq) held = state
        return null
      }
      known = state.seq
      return state
    },
    latest() {
      return newest
    },
  }
}
