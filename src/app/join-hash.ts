/**
 * A session link's credentials arrive in the page's fragment (`#join=…`).
 * They are taken out of the URL at start, before the slide hash is bound,
 * and handed to the relay (relay.ts, loaded after the first paint), which
 * checks them and keeps them for the tab.
 */

/**
 * Take a `#join=…` fragment out of the page's URL.
 *
 * @returns
 *   The fragment, or null when the page has none.
 */
export function takeJoinHash(): string | null {
  const { hash, pathname, search } = window.location
  if (!hash.startsWith('#join=')) return null
  window.history.replaceState(window.history.state, '', pathname + search)
  return hash
}
