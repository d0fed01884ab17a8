/**
 * Pacing: where the talk should be by now. Each slide gets a target time —
 * from a saved rehearsal, else the talk's length shared evenly — and the
 * presenter is ahead while the clock is short of the slide's planned start,
 * behind once it passes the slide's planned end.
 */

/**
 * Target ms per slide: the rehearsal's when it has one time a slide, else the
 * duration spread evenly; null without either.
 *
 * @param plan
 *   A saved rehearsal (ms per slide), or null.
 * @param duration
 *   The talk's length (ms), or null.
 * @param slides
 *   How many slides the deck has.
 */
export function slideTargets(plan: readonly number[] | null, duration: number | null, slides: number): number[] | null {
  if (slides <= 0) return null
  if (plan && plan.length === slides && plan.some((ms) => ms > 0)) return [...plan]
  return duration && duration > 0 ? Array.from({ length: slides }, () => duration / slides) : null
}

/**
 * How far ahead (negative) or behind (positive) the talk is, in ms; 0 on time.
 *
 * @param targets
 *   Target ms per slide.
 * @param slideIndex
 *   The slide on screen.
 * @param elapsed
 *   The talk's time so far.
 */
export function pace(targets: readonly number[], slideIndex: number, elapsed: number): number {
  let start = 0
  for (let i = 0; i < slideIndex && i < targets.length; i++) start += targets[i] ?? 0
  const end = start + (targets[slideIndex] ?? 0)
  if (elapsed < start) return elapsed - start
  if (elapsed > end) return elapsed - end
  return 0
}
