/**
 * The position the stage shows: the store's, reached through the deck's
 * slide transition (Marp's `transition` directive) when one applies.
 *
 * The move is played with the View Transitions API: the browser pictures
 * the slide on screen, the stage switches inside `startViewTransition`, and
 * the two pictures play the chosen keyframes (transitions.css). Only slide
 * changes animate, as in Marp; fragment steps, covered or overlaid stages,
 * reduced motion and browsers without the API just switch. A move made while
 * one plays finishes that one at once and then plays its own: no key is lost.
 */
import { useEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { parseTime, transitionBetween, type Deck, type TransitionMove } from '../../deck/index.ts'
import { slideScopeKey } from '../../render/index.ts'
import type { AppState, AppStore } from '../../state/index.ts'
import { transitionKeyframes, type PictureAnimation, type TransitionKeyframes } from './transition-keyframes.ts'

/** What the stage shows. */
export interface ShownPosition {
  deck: Deck | null
  slideIndex: number
  fragment: number
}

/** Marp's default transition duration, in ms. */
const defaultDuration = 500

const positionOf = (state: AppState): ShownPosition => ({
  deck: state.deck,
  slideIndex: state.slideIndex,
  fragment: state.fragment,
})

/** The keyframes rules of a style sheet (and of its `@media`, `@supports`… blocks), by name. */
function keyframesRules(sheet: CSSStyleSheet | null | undefined): Map<string, CSSKeyframesRule> {
  const rules = new Map<string, CSSKeyframesRule>()
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSKeyframesRule) rules.set(rule.name, rule)
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules)
    }
  }
  if (sheet) walk(sheet.cssRules)
  return rules
}

/** A duration a deck's keyframes give with `--marp-transition-duration`, as Marp reads it, in ms. */
function keyframesDuration(rule: CSSKeyframesRule | undefined): number | null {
  for (const keyframe of rule?.cssRules ?? []) {
    const duration = parseTime((keyframe as CSSKeyframeRule).style.getPropertyValue('--marp-transition-duration'))
    if (duration !== null) return duration
  }
  return null
}

/** The keyframes and duration of a move on this stage, or null to just switch. */
function plan(move: TransitionMove, deck: Deck, stage: HTMLElement) {
  const style = stage.querySelector<HTMLStyleElement>('style[data-lectern-deck-style]')
  const rules = keyframesRules(style?.sheet)
  const slide = deck.slides[move.from]
  const keyframes = transitionKeyframes(move, (name) => rules.has(name), slide ? slideScopeKey(slide) : null)
  if (!keyframes) return null
  const fromKeyframes = [keyframes.outgoing, keyframes.incoming]
    .map((animation) => animation && keyframesDuration(rules.get(animation.name)))
    .find((duration) => duration != null)
  return { keyframes, duration: move.duration ?? fromKeyframes ?? defaultDuration }
}

const transitionProperties = [
  '--lectern-transition-duration',
  '--lectern-transition-direction',
  '--marp-transition-direction',
  '--lectern-transition-outgoing',
  '--lectern-transition-outgoing-direction',
  '--lectern-transition-incoming',
  '--lectern-transition-incoming-direction',
]

/** Mark the root for a transition: what each picture plays, how long, which way. */
function markRoot(root: HTMLElement, backward: boolean, keyframes: TransitionKeyframes, duration: number) {
  const animation = (picture: PictureAnimation | null) => (picture ? CSS.escape(picture.name) : 'none')
  const direction = (picture: PictureAnimation | null) => (picture?.reverse ? 'reverse' : 'normal')
  const values = [
    `${duration}ms`,
    backward ? '-1' : '1',
    backward ? '-1' : '1',
    animation(keyframes.outgoing),
    direction(keyframes.outgoing),
    animation(keyframes.incoming),
    direction(keyframes.incoming),
  ]
  transitionProperties.forEach((property, i) => root.style.setProperty(property, values[i]!))
  root.setAttribute('data-lectern-transition', backward ? 'backward' : 'forward')
}

function unmarkRoot(root: HTMLElement) {
  for (const property of transitionProperties) root.style.removeProperty(property)
  root.removeAttribute('data-lectern-transition')
}

/** Whether a move from `before` to `state` may animate at all. */
function mayAnimate(before: AppState, state: AppState): boolean {
  return (
    state.deck === before.deck &&
    !state.cover &&
    !state.overlay &&
    typeof document.startViewTransition === 'function' &&
    document.visibilityState === 'visible' &&
    !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/**
 * The position to show on the stage.
 *
 * @param store
 *   The app's store.
 * @param stage
 *   The stage element (its deck style holds the deck's keyframes).
 */
export function useShownPosition(store: AppStore, stage: RefObject<HTMLElement | null>): ShownPosition {
  const [shown, setShown] = useState(() => positionOf(store.getState()))

  useEffect(() => {
    const root = document.documentElement
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
      const move = state.deck ? transitionBetween(state.deck.slides, from.slideIndex, state.slideIndex) : null
      const chosen =
        move && state.deck && stage.current && mayAnimate(from, state) && plan(move, state.deck, stage.current)
      if (!move || !chosen) {
        showLatest()
        return
      }
      markRoot(root, move.backward, chosen.keyframes, chosen.duration)
      const transition = document.startViewTransition(() => flushSync(showLatest))
      running = transition
      // Skipped before it started: not an error.
      transition.ready.catch(() => undefined)
      const done = () => {
        if (running !== transition) return
        running = null
        unmarkRoot(root)
      }
      transition.finished.then(done, done)
    })
    // Catch up with moves made between the first render and now.
    showLatest()
    return () => {
      unsubscribe()
      running?.skipTransition()
      unmarkRoot(root)
    }
  }, [store, stage])

  return shown
}
