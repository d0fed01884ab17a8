/**
 * The state layer's part that the first slide does not need, loaded with
 * `import()` (`loadDeferred` in index.ts) right after the first paint, or at
 * once by a window that starts on another deck: opening decks (with the
 * loader's reading, checking and parsing), the stored drawings, live reload
 * and the sync between windows (with the checks of what they send).
 */
export { bindDrawings } from './drawings-storage.ts'
export { bindSync, openChannel } from './sync.ts'
export { strokeSchema, strokesSchema } from './sync-messages.ts'
export { bindLiveReload } from './live-reload.ts'
export {
  bindDeckHistory,
  openBundledInStore,
  openBundleInStore,
  firstSlides,
  followWholeDeck,
  openDroppedInStore,
  openRecentInStore,
  setDeckParam,
} from './open-deck.ts'
export { createDeckOpener } from './deck-opener.ts'
