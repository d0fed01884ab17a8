/**
 * Showing a deck in another theme than its own (the theme picker), without
 * touching the deck: the deck CSS is rebuilt for the chosen theme, loading
 * the preparer (the CSS scoper) on demand, as for decks opened at run time.
 * The deck's own theme choice (`resolveTheme`) is unchanged, so the notice
 * about a theme we lack still shows.
 */
import { useSyncExternalStore } from 'react'
import type { Deck } from '../deck/types.ts'
import { preparedDeck, type PreparedDeck } from './prepared.ts'

const overrides = new WeakMap<Deck, PreparedDeck>()
/** The latest request per deck, so a slow earlier one never wins. */
const requests = new WeakMap<Deck, string | null>()
const listeners = new Set<() => void>()

function notify() {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Show a deck in a theme, or in its own with null.
 *
 * @param deck
 *   The deck.
 * @param theme
 *   A registered theme name, or null for the deck's own theme.
 * @returns
 *   Settles once the deck's CSS for that theme is in use.
 */
export async function setDeckTheme(deck: Deck, theme: string | null): Promise<void> {
  requests.set(deck, theme)
  const own = preparedDeck(deck)
  if (theme === null || (theme === own.theme.name && !own.theme.unknown)) {
    if (overrides.delete(deck)) notify()
    return
  }
  const { themedDeckCss } = await import('./deck-css.ts')
  if (requests.get(deck) !== theme) return
  const css = themedDeckCss(deck, theme)
  if (css === null) {
    if (overrides.delete(deck)) notify()
    return
  }
  overrides.set(deck, { ...own, css, theme: { name: theme, requested: own.theme.requested, unknown: false } })
  notify()
}

/** The deck's CSS and theme as shown: the chosen theme's, else its own. */
export function shownDeck(deck: Deck): PreparedDeck {
  return overrides.get(deck) ?? preparedDeck(deck)
}

/** {@link shownDeck}, re-rendering when another theme is chosen. */
export function useShownDeck(deck: Deck): PreparedDeck {
  const read = () => shownDeck(deck)
  return useSyncExternalStore(subscribe, read, read)
}
