/** Opening decks: drop, paste, pickers, the start screen (bundled and recent decks), the choice among several. */
export { OpenDeckButton, useDeckLoader } from './DeckLoader.tsx'
export type { DeckLoader } from './DeckLoader.tsx'
