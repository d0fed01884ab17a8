/** Notices shown above the presentation, worked out from the state. */
import type { Deck } from '../deck/index.ts'
import type { DeckLoadError, AppState } from '../state/index.ts'

/** A notice the user can dismiss. */
export type Notice =
  | { id: string; kind: 'load-error'; error: DeckLoadError; fallback: boolean }
  | { id: string; kind: 'unknown-theme'; theme: string }
  | { id: string; kind: 'css-left-out'; imports: readonly string[]; cut: boolean }

/**
 * The notices to show now, minus those dismissed.
 *
 * @param state
 *   Deck, load error and dismissed notices.
 * @param resolveTheme
 *   Which theme a deck asked for and whether it is unknown (`resolveTheme` of `src/render`).
 * @param cssLeftOut
 *   What of the deck's CSS was left out (from the prepared deck).
 */
export function listNotices(
  state: Pick<AppState, 'deck' | 'error' | 'dismissedNotices'>,
  resolveTheme: (deck: Deck) => { requested: string | null; unknown: boolean },
  cssLeftOut: (deck: Deck) => { imports: readonly string[]; cut: boolean } = () => ({ imports: [], cut: false }),
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
  const leftOut = state.deck ? cssLeftOut(state.deck) : { imports: [], cut: false }
  if (leftOut.imports.length > 0 || leftOut.cut)
    notices.push({ id: `css:${leftOut.imports.join(' ')}:${leftOut.cut}`, kind: 'css-left-out', ...leftOut })
  return notices.filter((notice) => !state.dismissedNotices.includes(notice.id))
}
