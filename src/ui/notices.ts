/** Notices shown above the presentation, worked out from the state. */
import type { Deck } from '../deck/index.ts'
import type { DeckLoadError, AppState } from '../state/index.ts'

/** A notice the user can dismiss. */
export type Notice =
  | { id: string; kind: 'load-error'; error: DeckLoadError; fallback: boolean }
  | { id: string; kind: 'unknown-theme'; theme: string }

/**
 * The notices to show now, minus those dismissed.
 *
 * @param state
 *   Deck, load error and dismissed notices.
 * @param resolveTheme
 *   Which theme a deck asked for and whether it is unknown (`resolveTheme` of `src/render`).
 */
export function listNotices(
  state: Pick<AppState, 'deck' | 'error' | 'dismissedNotices'>,
  resolveTheme: (deck: Deck) => { requested: string | null; unknown: boolean },
): Notice[] {
  const notices: Notice[] = []
  if (state.error)
    notices.push({
      id: `load-error:${state.error.url}`,
      kind: 'load-error',
      error: state.error,
      fallback: state.deck !== null,
    })
  const theme = state.deck ? resolveTheme(state.deck) : null
  if (theme?.unknown && theme.requested)
    notices.push({ id: `theme:${theme.requested}`, kind: 'unknown-theme', theme: theme.requested })
  return notices.filter((notice) => !state.dismissedNotices.includes(notice.id))
}
