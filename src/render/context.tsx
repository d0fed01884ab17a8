/**
 * How slides reach the renderer and the render slice of the store: one
 * `RenderProvider` near the top of the app.
 */
import { createContext, use, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Renderer } from './renderer.ts'
import type { RenderSlice } from './render-slice.ts'

const RenderContext = createContext<Renderer | null>(null)

/** Give the slides below a renderer. */
export function RenderProvider({ renderer, children }: { renderer: Renderer; children: ReactNode }) {
  return <RenderContext value={renderer}>{children}</RenderContext>
}

/** The renderer given by `RenderProvider`. */
export function useRenderer(): Renderer {
  const renderer = use(RenderContext)
  if (!renderer) throw new Error('Unexpected missing renderer, expected a `RenderProvider` above')
  return renderer
}

/**
 * A value of the render slice; the component re-renders when it changes.
 *
 * @param selector
 *   Picks the smallest value needed.
 */
export function useRenderState<T>(selector: (state: RenderSlice) => T): T {
  return useStore(useRenderer().store, selector)
}
