import { describe, expect, it } from 'vitest'
import type { RelayState } from './protocol.ts'
import { createStateTracker } from './state-tracker.ts'

const at = (seq: number, slideIndex: number): RelayState => ({ seq, slideIndex, fragment: 0, cover: null })

describe('state tracker', () => {
  it('shows states in order and skips older ones', () => {
    const tracker = createStateTracker()
    tracker.connected()
    expect(tracker.received(at(1, 1))).toEqual(at(1, 1))
    expect(tracker.received(at(3, 3))).toEqual(at(3, 3))
    expect(tracker.received(at(2, 2))).toBeNull()
    expect(tracker.latest()).toEqual(at(3, 3))
  })

  it('holds a remote move back while its own is unanswered, and drops it when its own came later', () => {
    // Two presenters: the other's move (seq 5) reached the relay first, ours got seq 6.
    const tracker = createStateTracker()
    tracker.connected()
    tracker.received(at(4, 4))
    tracker.sent()
    expect(tracker.received(at(5, 9))).toBeNull()
    expect(tracker.answered(6)).toBeNull()
    expect(tracker.received(at(5, 9))).toBeNull()
  })

  it('shows a held remote move that came after its own once answered', () => {
    const tracker = createStateTracker()
    tracker.connected()
    tracker.sent()
    expect(tracker.received(at(8, 2))).toBeNull()
    expect(tracker.answered(7)).toEqual(at(8, 2))
  })

  it('does not echo its own quick moves back', () => {
    const tracker = createStateTracker()
    tracker.connected()
    tracker.sent()
    tracker.sent()
    expect(tracker.answered(1)).toBeNull()
    expect(tracker.answered(2)).toBeNull()
    expect(tracker.received(at(2, 5))).toBeNull()
  })

  it('starts counting again after a reconnection (a restarted relay numbers from 1)', () => {
    const tracker = createStateTracker()
    tracker.connected()
    tracker.received(at(40, 7))
    tracker.sent()
    tracker.connected()
    expect(tracker.received(at(1, 7))).toEqual(at(1, 7))
    expect(tracker.latest()).toEqual(at(1, 7))
    // The unanswered send of the old connection does not hold the new one's states back.
    expect(tracker.received(at(2, 8))).toEqual(at(2, 8))
  })

  it('keeps the newest state for a follower that browsed away', () => {
    const tracker = createStateTracker()
    tracker.connected()
    tracker.received(at(1, 1))
    tracker.received(at(2, 6))
    expect(tracker.latest()).toEqual(at(2, 6))
  })
})
