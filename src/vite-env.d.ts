/// <reference types="vite/client" />

/** A bundled deck, parsed and prepared at build time (scripts/vite-plugin-prepared-decks.ts). */
declare module '*.md?prepared' {
  const prepared: {
    deck: import('./deck/index.ts').Deck
    prepared: import('./render/index.ts').PreparedWhole
  }
  export default prepared
}

/** A bundled deck's first slides, prepared at build time (`complete: false` when it has more). */
declare module '*.md?prepared-head' {
  const prepared: {
    deck: import('./deck/index.ts').Deck
    prepared: import('./render/index.ts').PreparedWhole
  }
  export default prepared
}

/** The rest of a bundled deck's slides (after `?prepared-head`'s), prepared at build time. */
declare module '*.md?prepared-tail' {
  const tail: {
    slides: import('./deck/index.ts').Slide[]
    prepared: import('./render/index.ts').PreparedWhole['slides']
  }
  export default tail
}
