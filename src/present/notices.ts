/** Notices shown above the presentation, worked out from the state. */
import type { DeckLoadError, PresenterState } from './store/index.ts'

/** A notice the user can dismiss. */
export type Notice =
  | { id: string; kind: 'load-error'; error: DeckLoadError; fallback: boolean }
  | { id: string; kind: 'unknown-theme'; theme: string }

/**
 * The notices to show now, minus those dismissed.
 *
 * @param state
 *   Deck, load error and dismissed notices.
 * @param isThemeAvailable
 *   Whether a theme name is available (the theme registry's `hasTheme`).
 */
export function listNotices(
  state: Pick<PresenterState, 'deck' | 'error' | 'dismissedNotices'>,
  isThemeAvailable: (name: string) => boolean,
): Notice[] {
  const notices: Notice[] = []
  if (state.error)
    notices.push({ id: `load-error:${state.error.url}`, kind: 'load-error', error: state.error, fallback: state.deck !== null })
  const theme = state.deck?.meta.theme
  if (theme && !isThemeAvailable(theme)) notices.push({ id: `theme:${theme}`, kind: 'unknown-theme', theme })
  return notices.filter((notice) => !state.dismissedNotices.includes(notice.id))
}
