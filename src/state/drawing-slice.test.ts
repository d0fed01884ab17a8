import { describe, expect, test } from 'vitest'
import { createAppStore } from './index.ts'

const stroke = (id: string) => ({ id, tool: 'pen' as const, color: '#e11d48', width: 0.004, points: [0, 0, 1, 1] })
const ids = (store: ReturnType<typeof createAppStore>, slide = 0) =>
  (store.getState().strokes[slide] ?? []).map((s) => s.id)

describe('drawings', () => {
  test('should undo and redo strokes, erasing and clearing included, slide by slide', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().addStroke(0, stroke('a'))
    s().addStroke(0, stroke('b'))
    s().addStroke(1, stroke('c'))
    s().eraseStrokes(0, ['a'])
    expect(ids(store)).toEqual(['b'])
    s().undo(0)
    expect(ids(store).sort()).toEqual(['a', 'b'])
    s().undo(0)
    expect(ids(store)).toEqual(['a'])
    s().redo(0)
    expect(ids(store).sort()).toEqual(['a', 'b'])
    s().clearSlide(0)
    expect(ids(store)).toEqual([])
    s().undo(0)
    expect(ids(store).sort()).toEqual(['a', 'b'])
    // Slide 1 has its own history.
    expect(ids(store, 1)).toEqual(['c'])
    s().undo(1)
    expect(ids(store, 1)).toEqual([])
  })

  test('should forget what was undone once something new is drawn', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().addStroke(0, stroke('a'))
    s().undo(0)
    s().addStroke(0, stroke('b'))
    s().redo(0)
    expect(ids(store)).toEqual(['b'])
  })

  test('should take another window’s changes without making them undoable here', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().applyStrokes(0, { added: [stroke('a'), stroke('b')] })
    s().applyStrokes(0, { added: [stroke('a')] })
    expect(ids(store)).toEqual(['a', 'b'])
    s().undo(0)
    expect(ids(store)).toEqual(['a', 'b'])
    s().applyStrokes(0, { removed: ['a'] })
    expect(ids(store)).toEqual(['b'])
    s().applyStrokes(0, { clear: true })
    expect(ids(store)).toEqual([])
  })

  test('should leave the laser when drawing starts, and stop both with Escape', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().toggleLaser()
    s().toggleDrawing()
    expect(s()).toMatchObject({ laser: false, drawing: true })
    s().escape()
    expect(s()).toMatchObject({ laser: false, drawing: false, overlay: null })
  })
})
