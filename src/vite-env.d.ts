/// <reference types="vite/client" />

/** A bundled deck, parsed and prepared at build time (scripts/vite-plugin-prepared-decks.ts). */
declare module '*.md?prepared' {
  const prepared: {
    deck: import('./deck/types.ts').Deck
    prepared: import('./render/prepared.ts').PreparedDeck & { slides: import('./render/prepared.ts').PreparedSlide[] }
  }
  export default prepared
}
