/**
 * The position the stage shows: the store's, reached through the deck's
 * slide transition (Marp's `transition` directive) when one applies.
 *
 * Only slide changes animate, as in Marp; fragment steps, covered or
 * overlaid stages, reduced motion and browsers without View Transitions just
 * switch. A move made while one plays finishes that one at once and then
 * plays its own: no key is lost. The player and its keyframes load only for
 * decks that use transitions; a move before they have loaded just switches.
 */
import { useEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { Deck } from '../../deck/index.ts'
import type { AppState, AppStore } from '../../state/index.ts'

type Player = typeof import('./transition-player.ts')

/** What the stage shows. */
export interface ShownPosition {
  deck: Deck | null
  slideIndex: number
  fragment: number
}

const positionOf = (state: AppState): ShownPosition => ({
  deck: state.deck,
  slideIndex: state.slideIndex,
  fragment: state.fragment,
})

/** The transition player, once loaded, for a deck that uses transitions. */
function usePlayer(deck: Deck): Player | null {
  const [player, setPlayer] = useState<Player | null>(null)
  const wanted = deck.slides.some((slide) => slide.transition)
  useEffect(() => {
    if (!wanted || player) return
    let live = true
    void import('./transition-player.ts').then((loaded) => live && setPlayer(loaded))
    return () => {
      live = false
    }
  }, [wanted, player])
  return player
}

/**
 * The position to show on the stage.
 *
 * @param store
 *   The app's store.
 * @param deck
 *   The deck on the stage.
 * @param stage
 *   The stage element (its deck style holds the deck's keyframes).
 */
export function useShownPosition(store: AppStore, deck: Deck, stage: RefObject<HTMLElement | null>): ShownPosition {
  const [shown, setShown] = useState(() => positionOf(store.getState()))
  const player = usePlayer(deck)

  useEffect(() => {
    let running: ViewTransition | null = null
    let before = store.getState()
    const showLatest = () =>
      setShown((shown) => {
        const latest = positionOf(store.getState())
        const same =
          latest.deck === shown.deck && latest.slideIndex === shown.slideIndex && latest.fragment === shown.fragment
        return same ? shown : latest
      })

    const unsubscribe = store.subscribe((state) => {
      const from = before
      before = state
      if (state.slideIndex === from.slideIndex && state.fragment === from.fragment && state.deck === from.deck) return
      // A move while one plays ends that one now (its update shows the latest position).
      running?.skipTransition()
      const transition =
        player && stage.current && player.startMove(from, state, stage.current, () => flushSync(showLatest))
      if (!transition) {
        showLatest()
        return
      }
      running = transition
      const done = () => {
        if (running !== transition) return
        running = null
        player.endMove()
      }
      transition.finished.then(done, done)
    })
    // Catch up with moves made between the first render and now.
    showLatest()
    return () => {
      unsubscribe()
      running?.skipTransition()
      player?.endMove()
    }
  }, [store, stage, player])

  return shown
}
