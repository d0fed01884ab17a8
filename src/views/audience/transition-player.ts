/**
 * Plays one move between slides as a slide transition (loaded only for decks
 * that use the `transition` directive, with the keyframes it needs).
 *
 * The browser pictures the slide on screen, the stage switches inside
 * `startViewTransition`, and the two pictures play the chosen keyframes
 * (transitions.css), set on the root as custom properties while it plays.
 */
import { parseTime, transitionBetween, type Deck, type TransitionMove } from '../../deck/index.ts'
import { slideScopeKey } from '../../render/index.ts'
import type { AppState } from '../../state/index.ts'
import { transitionKeyframes, type PictureAnimation, type TransitionKeyframes } from './transition-keyframes.ts'
import './transitions.css'

/** Marp's default transition duration, in ms. */
const defaultDuration = 500

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
 * Start the transition of a move, if one applies.
 *
 * @param from
 *   The state before the move.
 * @param state
 *   The state after it.
 * @param stage
 *   The stage element (its deck style holds the deck's keyframes).
 * @param update
 *   Shows the latest position on the stage, synchronously.
 * @returns
 *   The transition (call {@link endMove} when it has finished), or null: just switch.
 */
export function startMove(
  from: AppState,
  state: AppState,
  stage: HTMLElement,
  update: () => void,
): ViewTransition | null {
  const move = state.deck ? transitionBetween(state.deck.slides, from.slideIndex, state.slideIndex) : null
  const chosen = move && state.deck && mayAnimate(from, state) && plan(move, state.deck, stage)
  if (!move || !chosen) return null
  const root = document.documentElement
  markRoot(root, move.backward, chosen.keyframes, chosen.duration)
  const transition = document.startViewTransition(update)
  // Skipped before it started: not an error.
  transition.ready.catch(() => undefined)
  return transition
}

/** Clear what {@link startMove} set on the root. */
export function endMove(): void {
  unmarkRoot(document.documentElement)
}
