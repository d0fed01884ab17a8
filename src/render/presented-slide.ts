/**
 * Which slide is being presented, for slides that show it (a table of
 * contents marks its current section). Given by the views that know it
 * (overview, presenter view); null elsewhere.
 */
import { createContext } from 'react'

/** The 0-based index of the slide being presented, or null when unknown. */
export const PresentedSlideContext = createContext<number | null>(null)
