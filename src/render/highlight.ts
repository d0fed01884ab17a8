/**
 * Code stage, loaded on demand: highlight.js classes (`hljs-*`) for fenced
 * code with a known language, as marp-core does. Themes colour the classes.
 */
import type { Root } from 'hast'
import rehypeHighlight from 'rehype-highlight'
import { unified } from 'unified'

// Unknown languages are a message on the file; their code stays plain.
const processor = unified()
  .use(rehypeHighlight, { detect: false, plainText: ['math', 'text', 'plain', 'txt'] })
  .freeze()

/**
 * Highlight code blocks in a sanitised slide tree, in place.
 *
 * @param tree
 *   Slide hast.
 */
export function highlightCode(tree: Root): undefined {
  processor.runSync(tree)
  return undefined
}
