/**
 * After a reload, the slides that did not change are the old slide objects
 * again, so everything cached per slide (prepared HTML, React elements) is
 * reused and React leaves their DOM alone: only changed slides re-render.
 */
import type { Deck, Slide } from '../deck/index.ts'

/** Keys that say where a node was written, not what it is. */
const whereKeys = new Set(['position', 'line'])

/**
 * Deep equality of plain data (objects, arrays, primitives), skipping the
 * given keys at every depth; a missing key and an `undefined` one are equal
 * (prepared decks went through JSON).
 */
export function sameData(a: unknown, b: unknown, skip: ReadonlySet<string> = whereKeys): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameData(item, b[index], skip))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) {
    if (skip.has(key)) continue
    if (!sameData(left[key], right[key], skip)) return false
  }
  return true
}

/** Whether a slide's content was left out (a bundled deck prepared at build time keeps only its HTML). */
export function isPreparedAhead(slide: Slide): boolean {
  return slide.tree.children.length === 0
}

/** How two slides are compared: by their data, and by their prepared HTML when the old one has only that. */
export type SlideComparer = (previous: Slide, next: Slide) => boolean

/** Compare slides by their parsed data (where they sit in the file aside). */
export const sameSlideData: SlideComparer = (previous, next) => sameData(previous, next)

/**
 * The reloaded deck with each unchanged slide replaced by the old slide
 * object at the same place (same index and id, same content).
 *
 * @param previous
 *   The deck on screen.
 * @param next
 *   The deck just parsed from the changed file.
 * @param same
 *   How slides are compared (default {@link sameSlideData}).
 * @returns
 *   `next`, with `slides` a new array of old and new slide objects; `next`
 *   itself when nothing could be reused.
 */
export function reuseUnchangedSlides(previous: Deck, next: Deck, same: SlideComparer = sameSlideData): Deck {
  let reused = 0
  const slides = next.slides.map((slide, index) => {
    const old = previous.slides[index]
    if (!old || !same(old, slide)) return slide
    reused++
    // The old object stands for the new one: keep its source line current (it is not rendered).
    old.line = slide.line
    return old
  })
  return reused === 0 ? next : { ...next, slides }
}
