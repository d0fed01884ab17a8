/**
 * Drawing slice: strokes drawn on the slides with the pen and the
 * highlighter, per slide, with undo and redo; the tool and colour in use; and
 * whether drawings are shown. Points are in slide units (x, y pairs from 0 to
 * 1), so every window and the print view draw them alike.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, DrawingSlice, Stroke } from './types.ts'

/** The colours offered (the first is the default). */
export const drawColors = ['#e11d48', '#2563eb', '#16a34a', '#f59e0b', '#111827', '#ffffff'] as const

/** A change to one slide's strokes, as history keeps it: strokes added, and strokes removed. */
interface Change {
  added: readonly Stroke[]
  removed: readonly Stroke[]
}

type PerSlide<T> = Readonly<Record<number, readonly T[]>>

const without = <T>(map: PerSlide<T>, key: number, items: readonly T[]): PerSlide<T> => ({ ...map, [key]: items })

/** Create the drawing slice. */
export const createDrawingSlice: StateCreator<AppState, [], [], DrawingSlice> = (set, get) => {
  /**
   * Apply a change to a slide and keep the undo history: a new change goes on
   * the history (and forgets what was undone); an undo takes the last change
   * back and keeps it for redo; a redo does it again.
   */
  const change = (slideIndex: number, { added, removed }: Change, record: 'do' | 'undo' | 'redo' | 'none') => {
    const state = get()
    const gone = new Set(removed.map((stroke) => stroke.id))
    const kept = (state.strokes[slideIndex] ?? []).filter((stroke) => !gone.has(stroke.id))
    const strokes = without(state.strokes, slideIndex, [...kept, ...added])
    const history = state.drawHistory[slideIndex] ?? []
    const future = state.drawFuture[slideIndex] ?? []
    const entry: Change = { added, removed }
    const inverse: Change = { added: removed, removed: added }
    switch (record) {
      case 'do':
        return set({
          strokes,
          drawHistory: without(state.drawHistory, slideIndex, [...history, entry]),
          drawFuture: without(state.drawFuture, slideIndex, []),
        })
      case 'undo':
        return set({
          strokes,
          drawHistory: without(state.drawHistory, slideIndex, history.slice(0, -1)),
          drawFuture: without(state.drawFuture, slideIndex, [...future, inverse]),
        })
      case 'redo':
        return set({
          strokes,
          drawHistory: without(state.drawHistory, slideIndex, [...history, entry]),
          drawFuture: without(state.drawFuture, slideIndex, future.slice(0, -1)),
        })
      case 'none':
        return set({ strokes })
    }
  }

  return {
    drawing: false,
    tool: 'pen',
    drawColor: drawColors[0],
    drawingsShown: true,
    strokes: {},
    drawHistory: {},
    drawFuture: {},
    toggleDrawing: () => set({ drawing: !get().drawing, laser: false, pointer: null, drawingsShown: true }),
    setTool: (tool) => set({ tool, drawing: true }),
    setDrawColor: (drawColor) => set({ drawColor, drawing: true, tool: get().tool === 'eraser' ? 'pen' : get().tool }),
    toggleDrawingsShown: () => set({ drawingsShown: !get().drawingsShown }),
    addStroke: (slideIndex, stroke) => change(slideIndex, { added: [stroke], removed: [] }, 'do'),
    eraseStrokes: (slideIndex, ids) => {
      const removed = (get().strokes[slideIndex] ?? []).filter((stroke) => ids.includes(stroke.id))
      if (removed.length) change(slideIndex, { added: [], removed }, 'do')
    },
    clearSlide: (slideIndex) => {
      const removed = get().strokes[slideIndex] ?? []
      if (removed.length) change(slideIndex, { added: [], removed }, 'do')
    },
    undo: (slideIndex) => {
      const last = get().drawHistory[slideIndex]?.at(-1)
      if (last) change(slideIndex, { added: last.removed, removed: last.added }, 'undo')
    },
    redo: (slideIndex) => {
      const next = get().drawFuture[slideIndex]?.at(-1)
      if (next) change(slideIndex, next, 'redo')
    },
    applyStrokes: (slideIndex, { added = [], removed = [], clear = false }) => {
      const gone = new Set(removed)
      const existing = get().strokes[slideIndex] ?? []
      if (clear) for (const stroke of existing) gone.add(stroke.id)
      const known = new Set(existing.map((stroke) => stroke.id))
      change(
        slideIndex,
        {
          added: added.filter((stroke) => !known.has(stroke.id)),
          removed: existing.filter((stroke) => gone.has(stroke.id)),
        },
        'none',
      )
    },
    setAllStrokes: (strokes) => set({ strokes, drawHistory: {}, drawFuture: {} }),
  }
}
