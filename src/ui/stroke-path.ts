/**
 * Strokes as SVG: the pointer's path smoothed into a filled outline
 * (perfect-freehand), in slide pixels, so every view draws a stroke the
 * same at any scale.
 */
import { getStroke } from 'perfect-freehand'
import type { Stroke } from '../state/index.ts'

/** Stroke widths, in slide widths, and how the highlighter looks. */
export const penWidth = 0.004
export const highlighterWidth = 0.022

/**
 * The SVG path of a stroke's outline.
 *
 * @param stroke
 *   Points in slide units, width in slide widths.
 * @param width
 *   The slide's width in pixels.
 * @param height
 *   The slide's height in pixels.
 * @param live
 *   Whether the stroke is still being drawn (its end is not tapered yet).
 */
export function strokePath(
  stroke: Pick<Stroke, 'points' | 'width' | 'tool'>,
  width: number,
  height: number,
  live = false,
): string {
  const points: [number, number][] = []
  for (let i = 0; i + 1 < stroke.points.length; i += 2)
    points.push([stroke.points[i]! * width, stroke.points[i + 1]! * height])
  const highlighter = stroke.tool === 'highlighter'
  const outline = getStroke(points, {
    size: stroke.width * width,
    thinning: highlighter ? 0 : 0.5,
    smoothing: 0.6,
    streamline: 0.5,
    simulatePressure: !highlighter,
    last: !live,
  })
  if (outline.length === 0) return ''
  const [first, ...rest] = outline
  const d = [`M${first![0].toFixed(1)} ${first![1].toFixed(1)}`]
  for (const [x, y] of rest) d.push(`L${x.toFixed(1)} ${y.toFixed(1)}`)
  return `${d.join('')}Z`
}

/**
 * Points kept for a stroke: rounded to 1/10,000 of the slide (finer than any
 * screen), and thinned to fit one message when the stroke is very long.
 *
 * @param points
 *   x, y pairs in slide units.
 * @param most
 *   Most numbers kept (x and y count one each).
 */
export function keptPoints(points: readonly number[], most: number): number[] {
  const pairs = points.length / 2
  const step = Math.max(1, Math.ceil(pairs / Math.floor(most / 2)))
  const kept: number[] = []
  for (let i = 0; i < pairs; i += step) kept.push(round(points[2 * i]!), round(points[2 * i + 1]!))
  if ((pairs - 1) % step !== 0) kept.push(round(points.at(-2)!), round(points.at(-1)!))
  return kept.length >= 4 ? kept : [...kept, ...kept]
}

const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000

/**
 * The strokes an eraser at a point touches.
 *
 * @param strokes
 *   A slide's strokes.
 * @param x
 *   The eraser, in slide units.
 * @param reach
 *   How far the eraser reaches, in slide widths (also applied to y, with the slide's aspect).
 * @param aspect
 *   The slide's height over its width.
 */
export function strokesTouched(
  strokes: readonly Stroke[],
  x: number,
  y: number,
  reach: number,
  aspect: number,
): string[] {
  return strokes
    .filter((stroke) => {
      const near = reach + stroke.width / 2
      for (let i = 0; i + 1 < stroke.points.length; i += 2) {
        const dx = stroke.points[i]! - x
        const dy = (stroke.points[i + 1]! - y) * aspect
        if (dx * dx + dy * dy <= near * near) return true
      }
      return false
    })
    .map((stroke) => stroke.id)
}
