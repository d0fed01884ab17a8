/**
 * The overflow guard's arithmetic, free of the DOM: whether content boxes
 * stay inside the slide, and the largest zoom at which they do.
 */

/** A box in one coordinate space (as `getBoundingClientRect` gives). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** The smallest zoom the guard applies: below this, text is unreadable anyway. */
export const minimumFit = 0.3

/**
 * The smallest box holding all the given boxes, or null for none.
 *
 * @param boxes
 *   Boxes; empty ones (zero width and height, e.g. `display: none`) are ignored.
 */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let union: Box | null = null
  for (const box of boxes) {
    if (box.right - box.left <= 0 && box.bottom - box.top <= 0) continue
    union = union
      ? {
          left: Math.min(union.left, box.left),
          top: Math.min(union.top, box.top),
          right: Math.max(union.right, box.right),
          bottom: Math.max(union.bottom, box.bottom),
        }
      : { left: box.left, top: box.top, right: box.right, bottom: box.bottom }
  }
  return union
}

/** Whether `inner` lies inside `outer`, give or take `tolerance` on each side. */
export function isInside(inner: Box | null, outer: Box, tolerance: number): boolean {
  if (!inner) return true
  return (
    inner.left >= outer.left - tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.bottom <= outer.bottom + tolerance
  )
}

/**
 * A first guess of the zoom that fits `content` into `slide`: content
 * shrinks at least in proportion (text also rewraps into fewer lines).
 */
export function estimateFit(content: Box, slide: Box): number {
  const ratio = (available: number, needed: number) => (needed > available ? available / needed : 1)
  const guess = Math.min(
    ratio(slide.right - slide.left, content.right - content.left),
    ratio(slide.bottom - slide.top, content.bottom - content.top),
  )
  return Math.max(minimumFit, Math.min(1, guess))
}

/**
 * The largest zoom (to 1/100, rounded down) at which content fits, by
 * bisection; 1 when it fits as it is. When even {@link minimumFit} does not
 * fit (content placed outside the slide on purpose), 1: shrinking would not help.
 *
 * @param fitsAt
 *   Applies a zoom and says whether the content then fits.
 * @param guess
 *   A first guess (see {@link estimateFit}).
 * @param steps
 *   Bisection steps.
 * @returns
 *   The zoom; `fitsAt` was last called with another value, so apply it.
 */
export function searchFit(fitsAt: (zoom: number) => boolean, guess = minimumFit, steps = 6): number {
  if (fitsAt(1)) return 1
  let low: number
  let high: number
  const first = Math.floor(Math.min(Math.max(guess, minimumFit), 0.99) * 100) / 100
  if (fitsAt(first)) {
    low = first
    high = 1
  } else {
    if (first === minimumFit || !fitsAt(minimumFit)) return 1
    low = minimumFit
    high = first
  }
  for (let i = 0; i < steps && high - low > 0.01; i++) {
    const middle = Math.floor(((low + high) / 2) * 100) / 100
    if (middle <= low) break
    if (fitsAt(middle)) low = middle
    else high = middle
  }
  return low
}

/**
 * The zoom that makes a too-wide code block fit its width: never above 1
 * (a narrow block is not enlarged), rounded down to 1/1000.
 *
 * @param available
 *   The block's width (`clientWidth`).
 * @param needed
 *   Its content's width (`scrollWidth`).
 */
export function codeFit(available: number, needed: number): number {
  if (needed <= available + 1 || available <= 0) return 1
  return Math.floor((available / needed) * 1000) / 1000
}

/** A zoom as a whole percentage, for people ("82 %"). */
export function fitPercent(zoom: number): number {
  return Math.round(zoom * 100)
}
