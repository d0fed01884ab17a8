/**
 * Stage slice: what is shown over the slide in every window of the deck —
 * the laser pointer and the zoom — and whether this window's mouse is the
 * laser. Positions are in slide units (0 at the slide's left or top edge,
 * 1 at its right or bottom edge), so windows of any size agree.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, StageSlice } from './types.ts'

/** How much the zoom enlarges the slide. */
export const zoomFactor = 2

/** Keep a point on the slide. */
const onSlide = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0))

/**
 * Create the stage slice.
 *
 * @param clock
 *   The time source, in ms: when the pointer last moved (it fades after a rest).
 */
export function createStageSlice(clock: () => number): StateCreator<AppState, [], [], StageSlice> {
  return (set, get) => ({
    laser: false,
    pointer: null,
    zoom: null,
    toggleLaser: () => set({ laser: !get().laser, pointer: null }),
    movePointer: (point) => set({ pointer: point && { x: onSlide(point.x), y: onSlide(point.y), at: clock() } }),
    setZoom: (point) => set({ zoom: point && { x: onSlide(point.x), y: onSlide(point.y) } }),
  })
}
