import { describe, expect, test } from 'vitest'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createRenderSlice, stagesSettled, type RenderSlice, type StageNeeds } from './render-slice.ts'

const katexDeck: StageNeeds = { math: 'katex', code: false, diagrams: false }
const mathJaxDeck: StageNeeds = { math: 'mathjax', code: true, diagrams: true }

/** Resolves once `done` holds of the store's state. */
function until(store: StoreApi<RenderSlice>, done: () => boolean) {
  return new Promise<void>((resolve) => {
    if (done()) resolve()
    const stop = store.subscribe(() => {
      if (!done()) return
      stop()
      resolve()
    })
  })
}

describe('render slice: stages', () => {
  test("should apply the open deck's own math library, and load each library once", async () => {
    const store = createStore(createRenderSlice)
    store.getState().loadStages(katexDeck)
    await until(store, () => stagesSettled(store.getState(), katexDeck))
    const { katex } = store.getState().stageModules
    expect(katex).toBeTypeOf('function')
    expect(store.getState().stages.math).toBe(katex)

    // A deck that names no library (MathJax) opens: KaTeX stays loaded but is not applied to it.
    store.getState().loadStages(mathJaxDeck)
    expect(store.getState().stages.math).toBeUndefined()
    expect(stagesSettled(store.getState(), mathJaxDeck)).toBe(false)
    await until(store, () => stagesSettled(store.getState(), mathJaxDeck))
    const { mathjax, diagrams, highlight } = store.getState().stageModules
    expect(store.getState().stages).toEqual({ math: mathjax, diagrams, highlight })
    expect(mathjax).not.toBe(katex)

    // Back to the KaTeX deck: nothing loads again, its library is applied at once.
    store.getState().loadStages(katexDeck)
    expect(store.getState().stageLoads).toEqual({})
    expect(store.getState().stages.math).toBe(katex)
  }, 60_000)

  test('should need nothing for a deck without math, diagrams or code', () => {
    const store = createStore(createRenderSlice)
    const none: StageNeeds = { math: null, code: false, diagrams: false }
    store.getState().loadStages(none)
    expect(store.getState().stageLoads).toEqual({})
    expect(stagesSettled(store.getState(), none)).toBe(true)
  })
})
