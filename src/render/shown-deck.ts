/** How the deck around a slide is shown, as `DeckRoot` tells the slides inside it. */
import { createContext, use } from 'react'
import type { Deck } from '../deck/index.ts'
import type { AssetResolver } from './asset-urls.ts'
import type { PreparedDeck } from './prepared.ts'

/** How a deck is shown, for the slides inside a `DeckRoot`. */
export interface ShownDeck {
  deck: Deck
  /** The deck's CSS and theme as shown (the chosen theme's, else its own). */
  prepared: PreparedDeck
  /** Where the deck's relative URLs load from; null: as written. */
  assets: AssetResolver | null
  /** Whether overflowing slides are shrunk to fit. */
  fit: boolean
}

export const ShownDeckContext = createContext<ShownDeck | null>(null)

/** How the deck around a slide is shown (inside a `DeckRoot`). */
export function useShownDeck(): ShownDeck {
  const shown = use(ShownDeckContext)
  if (!shown) throw new Error('Unexpected slide outside a deck, expected a `DeckRoot` above')
  return shown
}
