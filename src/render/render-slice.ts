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
import type { StageName } from './stage-modules.ts'

/** Optional stages of the pipeline, as applied to the open deck's slides. */
export interface RenderStages {
  /** The deck's math library: MathJax (Marp's default) or KaTeX (`math: katex`). */
  math?: HastTransform | undefined
  /** Diagrams for ```mermaid fences. */
  diagrams?: HastTransform | undefined
  /** highlight.js for fenced code with a language. */
  highlight?: HastTransform | undefined
}

/** What a deck needs of the stages (`PreparedDeck['needs']`). */
export interface StageNeeds {
  /** The library its math is typeset with, or null when it has none. */
  math: 'mathjax' | 'katex' | null
  code: boolean
  /** Whether it has a ```mermaid fence (absent in decks prepared before diagrams were drawn). */
  diagrams?: boolean
}

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
  /** Stages for the open deck's slides, of those loaded so far. */
  stages: RenderStages
  /** Stage modules loaded so far (a deck's math library is picked from them). */
  stageModules: Partial<Record<StageName, HastTransform>>
  /** Stages loading now or that failed to load (a failed one may be asked for again). */
  stageLoads: Partial<Record<StageName, 'loading' | 'failed'>>
  /** The open deck's math library (null: it has no math). */
  mathLibrary: StageNeeds['math']
  /** The zoom the overflow guard gave each slide where it was last shown (1: it fits). */
  fits: ReadonlyMap<Slide, number>
  /** Load status of `backgroundImage` directive URLs. */
  images: ReadonlyMap<string, ImageStatus>
  /** The open deck's CSS in the theme chosen in the picker, once built. */
  themed: ThemedCss | null
  /** Start loading the stages a deck needs (once each), and use its math library. */
  loadStages: (needs: StageNeeds) => void
  /** Record the zoom a slide's content needed. */
  reportFit: (slide: Slide, zoom: number) => void
  /** Record whether an image loaded. */
  setImageStatus: (url: string, status: ImageStatus) => void
  setThemed: (themed: ThemedCss) => void
}

/** The render slice's state after a new deck opens: nothing measured yet. */
export const freshRenderState = (): Pick<RenderSlice, 'fits' | 'themed'> => ({ fits: new Map(), themed: null })

/** The stages a deck's slides get from the modules loaded (a new object: views re-render with it). */
const stagesFor = (modules: RenderSlice['stageModules'], mathLibrary: StageNeeds['math']): RenderStages => ({
  math: mathLibrary ? modules[mathLibrary] : undefined,
  diagrams: modules.diagrams,
  highlight: modules.highlight,
})

/**
 * Create the render slice.
 *
 * Notes: a stage that fails to load is logged and marked `failed`, so a view
 * waiting for it (the print view) goes on without it. `stages` is kept, not
 * derived in a selector, because views and caches compare it by identity.
 */
export const createRenderSlice: StateCreator<RenderSlice, [], [], RenderSlice> = (set, get) => {
  const load = (name: StageName) => {
    const { stageModules: loaded, stageLoads } = get()
    if (loaded[name] || stageLoads[name] === 'loading') return
    set({ stageLoads: { ...stageLoads, [name]: 'loading' } })
    import('./stage-modules.ts')
      .then((module) => module.stageModules[name]())
      .then(
        (transform) => {
          const { [name]: _, ...rest } = get().stageLoads
          const modules = { ...get().stageModules, [name]: transform }
          set({ stageModules: modules, stages: stagesFor(modules, get().mathLibrary), stageLoads: rest })
        },
        (error: unknown) => {
          console.error(`Unexpected failure loading the ${name} stage, expected it to load`, error)
          set({ stageLoads: { ...get().stageLoads, [name]: 'failed' } })
        },
      )
  }
  return {
    stages: {},
    stageModules: {},
    stageLoads: {},
    mathLibrary: null,
    ...freshRenderState(),
    images: new Map(),
    loadStages: ({ math, code, diagrams }) => {
      if (math !== get().mathLibrary) set({ mathLibrary: math, stages: stagesFor(get().stageModules, math) })
      if (math) load(math)
      if (diagrams) load('diagrams')
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
export function stagesSettled(state: Pick<RenderSlice, 'stageModules' | 'stageLoads'>, needs: StageNeeds): boolean {
  const settled = (name: StageName) => state.stageModules[name] !== undefined || state.stageLoads[name] === 'failed'
  return (
    (!needs.math || settled(needs.math)) &&
    (!needs.diagrams || settled('diagrams')) &&
    (!needs.code || settled('highlight'))
  )
}
