/// <reference types="vite/client" />

/** A bundled deck, parsed and prepared at build time (scripts/vite-plugin-prepared-decks.ts). */
declare module '*.md?prepared' {
  const prepared: {
    deck: import('./deck/index.ts').Deck
    prepared: import('./render/index.ts').PreparedWhole
  }
  export default prepared
}
