/** Relay slice: how this window stands with a relay (src/relay), for windows on other devices. */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, RelaySlice } from './types.ts'

/** Create the relay slice. */
export const createRelaySlice: StateCreator<AppState, [], [], RelaySlice> = (set) => ({
  relayStatus: 'off',
  relayLinks: null,
  relayPresence: null,
  following: true,
  setRelay: (relay) => set(relay),
})
