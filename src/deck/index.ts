/** Public API of the deck engine. */
export type * from './types.ts'
export { parseDeck } from './parse-deck.ts'
export type { ParseDeckOptions } from './parse-deck.ts'
