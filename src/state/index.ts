/**
 * The app's state: one zustand store made of slices, its selectors, the key
 * table, and the bindings that tie it to the browser (URL hash, storage,
 * other windows, live reload) and open decks into it.
 */
export { createAppStore } from './store.ts'
export type { AppStore, AppStoreOptions } from './store.ts'
export type * from './types.ts'
export * from './selectors.ts'
export { clampPosition, isSamePosition } from './navigation.ts'
export type { Position } from './navigation.ts'
export { reloadDeck, reloadPosition } from './reload.ts'
export { StoreProvider, useActions, useAppState, useAppStore } from './react.tsx'
export type { Actions } from './react.tsx'
export { bindingLabels, keyLabel, keymap, keymapFor, matchBinding, matchKey } from './keymap.ts'
export type { KeyAction, KeyBinding, KeyLike, MatchKeyOptions } from './keymap.ts'
export { runKeyAction } from './key-actions.ts'
export type { KeyEffects } from './key-actions.ts'
export { bindUrlHash, slideHash } from './url-hash.ts'
export { bindDisplayPrefs, deckKey, planKey, themeKey } from './prefs.ts'
export { deckIdentity } from './deck-identity.ts'
export type { SyncChannel, SyncMessage, SyncOptions } from './sync.ts'
export { isPeerThere, peerTimeoutMs } from './sync-slice.ts'
export { bindTimer, elapsedAt, spentAt } from './timer-slice.ts'
export { flagOn, handoutModes, parseHandout, printFlag, printOptions, printPages } from './print-slice.ts'
export type { PrintPage } from './print-slice.ts'
export { notesFontSizes } from './display-slice.ts'
export { drawColors } from './drawing-slice.ts'
export { zoomFactor } from './stage-slice.ts'
/** The relay binding (`bindRelay`), loaded only by a window that uses a relay. */
export const loadRelay = () => import('./relay.ts')
export type { BindRelay, RelayOptions, RelaySocket } from './relay.ts'
/**
 * What the first slide does not need (state/deferred.ts): opening decks, stored drawings, live reload and
 * the sync between windows, loaded right after the first paint.
 */
export const loadDeferred = () => import('./deferred.ts')
export type { DeckOpener } from './deck-opener.ts'
