/**
 * Rendering's part of the app's one store: what slides learn as they render
 * and that other parts show (the overflow guard's zoom per slide, whether a
 * `backgroundImage` directive loaded, which optional stages have loaded, the
 * deck's CSS in a chosen theme once built). The app composes this slice
 * into its store; render reads it through `RenderContext`.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { Deck, Slide } from '../deck/index.ts'
import type { HastTransform } from './hast.ts'

/** Optional stages of the pipeline, loaded on demand: KaTeX for math, highlight.js for code. */
export interface RenderStages {
  math?: HastTransform | undefined
  highlight?: HastTransform | undefined
}

/** A stage's name. */
export type StageName = keyof RenderStages

/** Whether an image URL loaded. */
export type ImageStatus = 'loading' | 'loaded' | 'failed'

/** The CSS of a deck shown in another theme than its own. */
export interface ThemedCss {
  deck: Deck
  theme: string
  /** Null when no such theme is registered. */
  css: string | null
}

export interface RenderSlice {
  /** Stages loaded so far. */
  stages: RenderStages
  /** Stages loading now or that failed to load (a failed one may be asked for again). */
  stageLoads: Partial<Record<StageName, 'loading' | 'failed'>>
  /** The zoom the overflow guard gave each slide where it was last shown (1: it fits). */
  fits: ReadonlyMap<Slide, number>
  /** Load status of `backgroundImage` directive URLs. */
  images: ReadonlyMap<string, ImageStatus>
  /** The open deck's CSS in the theme chosen in the picker, once built. */
  themed: ThemedCss | null
  /** Start loading the stages a deck needs (once each). */
  loadStages: (needs: { math: boolean; code: boolean }) => void
  /** Record the zoom a slide's content needed. */
  reportFit: (slide: Slide, zoom: number) => void
  /** Record whether an image loaded. */
  setImageStatus: (url: string, status: ImageStatus) => void
  setThemed: (themed: ThemedCss) => void
}

/** The render slice's state after a new deck opens: nothing measured yet. */
export const freshRenderState = (): Pick<RenderSlice, 'fits' | 'themed'> => ({ fits: new Map(), themed: null })

const stageModules = {
  math: () => import('./math.ts').then((module) => module.typesetMath),
  // Coloured code's emoji become pictures after the colouring, which rewrites that text.
  highlight: () =>
    Promise.all([import('./highlight.ts'), import('./twemoji.ts')]).then(([code, emoji]) => (tree) => {
      code.highlightCode(tree)
      emoji.twemojiInCode(tree)
    }),
} satisfies Record<StageName, () => Promise<HastTransform>>

/**
 * Create the render slice.
 *
 * Notes: a stage that fails to load is logged and marked `failed`, so a view
 * waiting for it (the print view) goes on without it.
 */
export const createRenderSlice: StateCreator<RenderSlice, [], [], RenderSlice> = (set, get) => {
  const load = (name: StageName) => {
    const { stages, stageLoads } = get()
    if (stages[name] || stageLoads[name] === 'loading') return
    set({ stageLoads: { ...stageLoads, [name]: 'loading' } })
    stageModules[name]().then(
      (transform) => {
        const { [name]: _, ...rest } = get().stageLoads
        set({ stages: { ...get().stages, [name]: transform }, stageLoads: rest })
      },
      (error: unknown) => {
        console.error(`Unexpected failure loading the ${name} stage, expected it to load`, error)
        set({ stageLoads: { ...get().stageLoads, [name]: 'failed' } })
      },
    )
  }
  return {
    stages: {},
    stageLoads: {},
    ...freshRenderState(),
    images: new Map(),
    loadStages: ({ math, code }) => {
      if (math) load('math')
      if (code) load('highlight')
    },
    reportFit: (slide, zoom) => {
      if (get().fits.get(slide) === zoom) return
      set({ fits: new Map(get().fits).set(slide, zoom) })
    },
    setImageStatus: (url, status) => {
      if (get().images.get(url) === status) return
      set({ images: new Map(get().images).set(url, status) })
    },
    setThemed: (themed) => set({ themed }),
  }
}

/**
 * Whether the stages a deck needs have loaded or failed (so a view that waits
 * for them can go on).
 */
export function stagesSettled(state: Pick<RenderSlice, 'stages' | 'stageLoads'>, needs: PreparedNeeds): boolean {
  const settled = (name: StageName) => state.stages[name] !== undefined || state.stageLoads[name] === 'failed'
  return (!needs.math || settled('math')) && (!needs.code || settled('highlight'))
}

type PreparedNeeds = { math: boolean; code: boolean }
