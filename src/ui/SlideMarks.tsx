/**
 * What is drawn over a slide: its drawings (pen and highlighter strokes), and
 * on the slide being presented the laser pointer, the stroke being drawn,
 * and the surface that takes the mouse while drawing or pointing. Sized in
 * slide pixels inside the slide's box, so it scales and zooms with the slide.
 */
import { useRef, useState, type PointerEvent } from 'react'
import type { Slide } from '../deck/index.ts'
import { relayLimits } from '../relay/index.ts'
import { useActions, useAppState, useAppStore, type SlidePoint, type Stroke } from '../state/index.ts'
import { highlighterWidth, keptPoints, penWidth, strokePath, strokesTouched } from './stroke-path.ts'

/** How far the eraser reaches, in slide widths. */
const eraserReach = 0.012

/** A random id for a stroke, unique across windows. */
const strokeId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 16)

/** Where a pointer event is on the slide, in slide units. */
function slidePoint(event: PointerEvent<HTMLElement>): SlidePoint {
  const box = event.currentTarget.getBoundingClientRect()
  return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height }
}

/** One stroke as SVG. */
function StrokePath({ stroke, slide, live = false }: { stroke: Omit<Stroke, 'id'>; slide: Slide; live?: boolean }) {
  const highlighter = stroke.tool === 'highlighter'
  return (
    <path
      d={strokePath(stroke, slide.width, slide.height, live)}
      fill={stroke.color}
      fillOpacity={highlighter ? 0.35 : 1}
      style={highlighter ? { mixBlendMode: 'multiply' } : undefined}
    />
  )
}

/** A slide's drawings. */
export function Drawings({ slide, extra }: { slide: Slide; extra?: Omit<Stroke, 'id'> | null }) {
  const strokes = useAppState((state) => state.strokes[slide.index])
  const shown = useAppState((state) => state.drawingsShown)
  if (!shown || (!strokes?.length && !extra)) return null
  return (
    <svg
      className="lectern-drawings"
      data-lectern-drawings=""
      aria-hidden="true"
      viewBox={`0 0 ${slide.width} ${slide.height}`}
      width={slide.width}
      height={slide.height}
    >
      {strokes?.map((stroke) => (
        <StrokePath key={stroke.id} stroke={stroke} slide={slide} />
      ))}
      {extra && <StrokePath stroke={extra} slide={slide} live />}
    </svg>
  )
}

/** The laser pointer's dot, fading out after two seconds at rest. */
function LaserDot({ slide }: { slide: Slide }) {
  const pointer = useAppState((state) => state.pointer)
  if (!pointer) return null
  return (
    <span
      key={pointer.at}
      className="lectern-laser"
      data-lectern-laser=""
      aria-hidden="true"
      style={{ left: pointer.x * slide.width, top: pointer.y * slide.height }}
    />
  )
}

/**
 * The slide being presented: its drawings, the laser pointer, and the
 * surface for the mouse while drawing or pointing.
 */
export function LiveMarks({ slide }: { slide: Slide }) {
  const drawing = useAppState((state) => state.drawing)
  const laser = useAppState((state) => state.laser)
  const tool = useAppState((state) => state.tool)
  const color = useAppState((state) => state.drawColor)
  const store = useAppStore()
  const { addStroke, eraseStrokes, movePointer } = useActions()
  // The stroke being drawn: kept in a ref for the handlers (events may come faster than renders), shown from state.
  const drawn = useRef<number[] | null>(null)
  const [points, setPoints] = useState<readonly number[] | null>(null)
  const draw = (next: number[] | null) => {
    drawn.current = next
    setPoints(next && [...next])
  }
  const active = drawing || laser
  const width = tool === 'highlighter' ? highlighterWidth : penWidth
  const erase = (point: SlidePoint) => {
    const strokes = store.getState().strokes[slide.index] ?? []
    const touched = strokesTouched(strokes, point.x, point.y, eraserReach, slide.height / slide.width)
    if (touched.length) eraseStrokes(slide.index, touched)
  }

  const down = (event: PointerEvent<HTMLElement>) => {
    if (!drawing || event.button !== 0 || event.altKey) return
    try {
      event.currentTarget.setPointerCapture(event.pointerId)
    } catch {
      // A pointer the browser no longer tracks: the stroke is drawn all the same.
    }
    const point = slidePoint(event)
    if (tool === 'eraser') erase(point)
    else draw([point.x, point.y])
  }
  const move = (event: PointerEvent<HTMLElement>) => {
    const point = slidePoint(event)
    if (laser) movePointer(point)
    else if (drawing && event.buttons === 1) {
      if (tool === 'eraser') erase(point)
      else if (drawn.current) draw([...drawn.current, point.x, point.y])
    }
  }
  const up = (event: PointerEvent<HTMLElement>) => {
    const stroke = drawn.current
    draw(null)
    if (!stroke || tool === 'eraser') return
    const end = slidePoint(event)
    addStroke(slide.index, {
      id: strokeId(),
      tool: tool === 'highlighter' ? 'highlighter' : 'pen',
      color,
      width,
      points: keptPoints([...stroke, end.x, end.y], relayLimits.strokeNumbers),
    })
  }

  const live =
    points && tool !== 'eraser'
      ? { tool: tool === 'highlighter' ? ('highlighter' as const) : ('pen' as const), color, width, points }
      : null
  return (
    <>
      <Drawings slide={slide} extra={live} />
      <LaserDot slide={slide} />
      {active && (
        <div
          className="lectern-mark-surface"
          data-lectern-surface={drawing ? tool : 'laser'}
          onPointerDown={down}
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={() => draw(null)}
          onPointerLeave={() => laser && movePointer(null)}
        />
      )}
    </>
  )
}
