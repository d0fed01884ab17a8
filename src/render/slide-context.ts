/** What the elements inside one slide need to know about it. */
import { createContext } from 'react'
import type { Deck } from '../deck/index.ts'

export interface SlideContextValue {
  /** The deck, for in-deck links; null outside a deck (links then do nothing). */
  deck: Deck | null
  /** How many fragment steps are shown. */
  fragment: number
  /** Called with a 0-based slide index when an in-deck link is followed. */
  onNavigate?: ((index: number) => void) | undefined
}

/** Default: no deck, every fragment shown. */
export const SlideContext = createContext<SlideContextValue>({ deck: null, fragment: Infinity })
