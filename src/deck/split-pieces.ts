/**
 * headingDivider inside a chunk: cut before headings of the chosen levels,
 * including headings nested in lists and block quotes (`- # Title`).
 *
 * Marp cuts through the container and leaves the browser to repair the
 * unbalanced HTML. We split the container on purpose, to the same result: the
 * earlier slide keeps the container with what came before the heading (an
 * empty `<ul><li></li></ul>` when the heading came first, as in Marp, which
 * also counts that item as a fragment), the heading opens the next slide, and
 * what followed it stays in a copy of its container.
 */
import type { RootContent } from 'mdast'

type Node = RootContent

function wrap(container: Node, children: Node[]): Node[] {
  return children.length ? [{ ...container, children } as Node] : []
}

/** The container as opened before the cut, even when nothing came before the heading. */
function opened(container: Node, children: Node[]): Node[] {
  return [{ ...container, children } as Node]
}

/** Split a container around the chosen headings inside it; null when it holds none. */
function splitContainer(node: Node, levels: ReadonlySet<number>): Node[][] | null {
  if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return null
  const segments = splitChildren(node.children, levels, false)
  if (segments.length === 1) return null
  return segments.map((segment, index) => {
    if (index === 0) return opened(node, segment)
    const [heading, ...rest] = segment
    return heading ? [heading, ...wrap(node, rest)] : []
  })
}

function splitChildren(children: readonly Node[], levels: ReadonlySet<number>, topLevel: boolean): Node[][] {
  const segments: Node[][] = [[]]
  children.forEach((child, index) => {
    if (child.type === 'heading' && levels.has(child.depth) && !(topLevel && index === 0)) {
      segments.push([child])
      return
    }
    const parts = splitContainer(child, levels)
    if (!parts) {
      segments.at(-1)?.push(child)
      return
    }
    segments.at(-1)?.push(...(parts[0] ?? []))
    for (const part of parts.slice(1)) segments.push(part)
  })
  return segments
}

/**
 * Cut a chunk's top-level nodes into pieces, each after the first starting
 * with a heading of one of `levels`.
 *
 * Notes: the chunk's own first node is never a cut (the chunk boundary already
 * is one).
 */
export function splitPieces(children: readonly Node[], levels: ReadonlySet<number>): Node[][] {
  return splitChildren(children, levels, true)
}
