/**
 * KaTeX stage, loaded on demand for decks that say `math: katex`: KaTeX for the engine's `inlineMath` / `math`
 * nodes (hast `code.math-inline`, `pre > code.math-display`), and KaTeX's CSS.
 */
import type { Root } from 'hast'
import rehypeKatex from 'rehype-katex'
import { unified } from 'unified'
import 'katex/dist/katex.min.css'

// Formulas KaTeX cannot read become its error markup (a message on the file), never a throw.
const processor = unified().use(rehypeKatex, { strict: 'ignore', trust: false }).freeze()

/**
 * Typeset math in a sanitised slide tree, in place.
 *
 * @param tree
 *   Slide hast.
 */
export function typesetMath(tree: Root): undefined {
  processor.runSync(tree)
  return undefined
}
