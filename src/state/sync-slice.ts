/** Sync slice: which other windows of the deck are there, as their heartbeats tell (see sync.ts). */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, SyncSlice } from './types.ts'

/** Create the sync slice. */
export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set, get) => ({
  peers: {},
  droppedMessages: 0,
  hearPeer: (role, at) => set({ peers: { ...get().peers, [role]: at } }),
  dropMessage: () => set({ droppedMessages: get().droppedMessages + 1 }),
})

/** How long a window counts as there after its last heartbeat (ms). */
export const peerTimeoutMs = 3000

/** Whether a window of this role was heard from recently enough at `now`. */
export function isPeerThere(peers: SyncSlice['peers'], role: keyof SyncSlice['peers'], now: number): boolean {
  const seen = peers[role]
  return seen !== undefined && now - seen < peerTimeoutMs
}
