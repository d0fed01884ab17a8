/** Public API of the deck engine. */
export type * from './types.ts'
export { parseDeck } from './parse-deck.ts'
export type { ParseDeckOptions } from './parse-deck.ts'
export { createDeckParser, DeckError } from './parse-deck.ts'
export type { DeckParser } from './parse-deck.ts'
export { deckModel, slideModel } from './model.ts'
export type { SlideModel } from './model.ts'
