/**
 * Where each optional stage's module is. Itself loaded on demand (by the
 * render slice), so the page's first JavaScript holds one import for all of
 * them rather than one per library.
 */
import type { HastTransform } from './hast.ts'

/** Load a stage's module and hand back its transform. */
export const stageModules = {
  mathjax: () => import('./mathjax.ts').then((module) => module.typesetMathJax),
  katex: () => import('./katex.ts').then((module) => module.typesetMath),
  diagrams: () => import('./diagrams.ts').then((module) => module.drawDiagrams),
  highlight: () => import('./highlight.ts').then((module) => module.highlightCode),
} satisfies Record<string, () => Promise<HastTransform>>

/** A stage's module: one per library. */
export type StageName = keyof typeof stageModules
