/**
 * Wheel and swipe navigation as plain functions, as Marp's own presentation reads them:
 * a wheel burst moves once, a swipe of 30 px or more moves by direction.
 */

/** The quiet time that ends a wheel burst, in ms. */
export const wheelDebounceMs = 250
/** Smallest wheel move, in CSS pixels, that counts (smaller ones are trackpad jitter). */
export const minWheelDelta = 4
/** Smallest swipe, in CSS pixels. */
export const minSwipeDistance = 30

/** What a wheel event tells. */
export interface WheelLike {
  deltaX: number
  deltaY: number
  /** 0 pixels, 1 lines, 2 pages. */
  deltaMode: number
  timeStamp: number
}

/**
 * A wheel reader: one move per burst of wheel events. Each event restarts the
 * quiet time, so a long trackpad glide (with inertia) moves once.
 *
 * @returns
 *   A function from a wheel event to `next`, `previous` or null.
 */
export function createWheelReader(): (event: WheelLike) => 'next' | 'previous' | null {
  let lastEvent = -Infinity
  return (event) => {
    const quiet = event.timeStamp - lastEvent >= wheelDebounceMs
    lastEvent = event.timeStamp
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1
    const delta = (Math.abs(event.deltaY) >= Math.abs(event.deltaX) ? event.deltaY : event.deltaX) * unit
    if (!quiet || Math.abs(delta) < minWheelDelta) return null
    return delta > 0 ? 'next' : 'previous'
  }
}

/** Angle of the line dividing "next" swipes from "previous" ones (Marp tilts it about 35°). */
const tilt = (35 * Math.PI) / 180

/**
 * The move a swipe makes: left or up is next, right or down is previous.
 *
 * @param dx
 *   Horizontal travel, in CSS pixels (positive: rightwards).
 * @param dy
 *   Vertical travel (positive: downwards).
 * @returns
 *   `next`, `previous`, or null under {@link minSwipeDistance}.
 *
 * Notes: the dividing line runs from bottom-left to top-right, tilted 35°
 * from the horizontal, so a slightly rising swipe to the left still counts as
 * next and a flat swipe to the right as previous.
 */
export function swipeDirection(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.hypot(dx, dy) < minSwipeDistance) return null
  // The normal of the dividing line points into the "previous" side (right, down).
  const side = dx * Math.sin(tilt) + dy * Math.cos(tilt)
  return side < 0 ? 'next' : 'previous'
}
