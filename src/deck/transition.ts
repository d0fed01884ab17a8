/**
 * Marp-cli's `transition` directive, read as its HTML export reads it: the
 * value is a name and an optional duration (`fade`, `cube 2s`, `none`), and a
 * slide's transition plays at the boundary after that slide, whichever way it
 * is crossed.
 */
import type { Slide } from './types.ts'

/** A transition as a deck asks for it. */
export interface TransitionSpec {
  /** The transition's name (`fade`, or a deck's own keyframes' suffix). */
  name: string
  /** Duration in ms, or null for the default. */
  duration: number | null
}

/** A move between two slides that plays a transition. */
export interface TransitionMove extends TransitionSpec {
  /** Whether the move goes back (it then plays the backward form). */
  backward: boolean
  /** 0-based index of the slide whose directive gave the transition. */
  from: number
}

/**
 * Read a CSS time (`2s`, `300ms`, `.5s`).
 *
 * @returns
 *   The time in ms, or null when `text` is not one.
 */
export function parseTime(text: string): number | null {
  const match = /^(\d+(?:\.\d*)?|\.\d+)(s|ms)$/i.exec(text.trim())
  return match ? Number(match[1]) * (match[2]!.toLowerCase() === 's' ? 1000 : 1) : null
}

/**
 * Read a `transition` value: the first word is the name, the second a CSS time.
 *
 * @param value
 *   The directive's value, as the deck engine keeps it.
 * @returns
 *   The name and duration, or null for no value and `none`. A duration that is
 *   not a CSS time is ignored (the default plays).
 */
export function parseTransition(value: string | null): TransitionSpec | null {
  const [name, time] = (value ?? '').trim().split(/\s+/)
  if (!name || name === 'none') return null
  return { name, duration: parseTime(time ?? '') }
}

/**
 * The transition a move from slide `from` to slide `to` plays.
 *
 * Marp puts a slide's transition on the boundary after it: going forward
 * plays the transition of the slide being left; going back plays the one of
 * the slide before it, in its backward form. A jump counts as one step in its
 * direction from the slide being left.
 *
 * @param slides
 *   The deck's slides.
 * @param from
 *   0-based index of the slide on screen.
 * @param to
 *   0-based index of the slide to show.
 * @returns
 *   The transition, or null when the slide does not change or none applies.
 */
export function transitionBetween(slides: readonly Slide[], from: number, to: number): TransitionMove | null {
  if (from === to) return null
  const backward = to < from
  const source = backward ? from - 1 : from
  const spec = parseTransition(slides[source]?.transition ?? null)
  return spec && slides[to] ? { ...spec, backward, from: source } : null
}
