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
  // Coloured code's emoji become pictures after the colouring, which rewrites that text.
  highlight: () =>
    Promise.all([import('./highlight.ts'), import('./twemoji.ts')]).then(([code, emoji]): HastTransform => (tree) => {
      code.highlightCode(tree)
      emoji.twemojiInCode(tree)
    }),
} satisfies Record<string, () => Promise<HastTransform>>

/** A stage's module: one per library. */
export type StageName = keyof typeof stageModules
