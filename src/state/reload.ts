/**
 * Reloading the open deck after its file changed (live reload): the new
 * deck replaces the old one and the view stays on the slide it was on,
 * found by its heading when slides were inserted or removed above it.
 */
import type { Deck } from '../deck/index.ts'
import { clampPosition, isSamePosition, type Position } from './navigation.ts'
import { slideTitle } from './selectors.ts'
import type { AppStore } from './store.ts'

/**
 * Where to be in the reloaded deck.
 *
 * - The same index when the slide there still has the same first heading
 *   (or still none): the slide was edited in place.
 * - Else the slide whose first heading is the current one's (the nearest to
 *   the old index when several have it): slides moved.
 * - Else the same index, clamped to the new deck.
 *
 * The fragment step is kept, clamped to the slide's fragments.
 *
 * @param previous
 *   The deck before the reload.
 * @param next
 *   The reloaded deck.
 * @param at
 *   The position in `previous`.
 */
export function reloadPosition(previous: Pick<Deck, 'slides'>, next: Pick<Deck, 'slides'>, at: Position): Position {
  const current = previous.slides[at.slideIndex]
  const title = current ? slideTitle(current) : null
  const there = next.slides[at.slideIndex]
  if (!current || (there && slideTitle(there) === title)) return clampPosition(next.slides, at.slideIndex, at.fragment)
  if (title !== null) {
    let best = -1
    next.slides.forEach((slide, index) => {
      if (slideTitle(slide) !== title) return
      if (best < 0 || Math.abs(index - at.slideIndex) < Math.abs(best - at.slideIndex)) best = index
    })
    if (best >= 0) return clampPosition(next.slides, best, at.fragment)
  }
  return clampPosition(next.slides, at.slideIndex, at.fragment)
}

/**
 * Replace the open deck with its reloaded version, keeping the source, the
 * overlays and the slide on screen ({@link reloadPosition}), or going where
 * a move past the slides that were in asked to (`awaited`). Without an open
 * deck nothing happens: there is nothing to reload.
 *
 * @param store
 *   The app's store.
 * @param deck
 *   The deck parsed from the changed file.
 */
export function reloadDeck(store: AppStore, deck: Deck): void {
  const state = store.getState()
  if (!state.deck || state.status === 'loading') return
  const at = { slideIndex: state.slideIndex, fragment: state.fragment }
  // A move made past the slides that were in (End while the rest arrived) is made now.
  const { awaited } = state
  const to = awaited
    ? clampPosition(deck.slides, awaited.slideIndex, awaited.fragment)
    : reloadPosition(state.deck, deck, at)
  store.setState(isSamePosition(at, to) ? { deck, awaited: null } : { deck, awaited: null, ...to })
}
