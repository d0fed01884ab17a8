/**
 * Fragments, per slide: the items of `*` bullet lists and `1)` numbered
 * lists appear one step at a time, as in Marp. Items are marked
 * `data-marpit-fragment` (numbered when rendered) and counted.
 */
import type { List, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import { mapChildren, mapNodes, withChildren, type SlidesTree } from './tree.ts'

interface Marked {
  children: RootContent[]
  fragments: number
}

/** `*` bullets and `1)` numbers are Marp's fragmented lists. */
function isFragmentList(node: List, source: string): boolean {
  const offset = node.children[0]?.position?.start.offset
  if (offset === undefined) return false
  const marker = /^(?:[*+-]|\d+[.)])/.exec(source.slice(offset, offset + 11))?.[0] ?? ''
  return node.ordered ? marker.endsWith(')') : marker === '*'
}

function markNode(node: RootContent, source: string, marked: Marked): RootContent {
  if (!('children' in node)) return node
  const copy = mapChildren(node, (child) => markNode(child, source, marked))
  if (copy.type !== 'list' || !isFragmentList(copy, source)) return copy
  marked.fragments += copy.children.length
  const children = copy.children.map((item) => ({
    ...item,
    data: { ...item.data, hProperties: { ...item.data?.hProperties, 'data-marpit-fragment': '' } },
  }))
  return { ...copy, children }
}

/** Fragmented list items, on each slide. */
export function remarkFragments() {
  return (tree: SlidesTree, file: VFile) => {
    const memo = runOf(file).cache.memo<Marked>('fragments')
    for (const slide of tree.children) {
      let fragments = 0
      slide.children = mapNodes(slide.children, (chunk) => {
        const marked = memo(chunk.children, () => {
          const result: Marked = { children: [], fragments: 0 }
          result.children = mapNodes(chunk.children, (node) => markNode(node, chunk.data.origin.source, result))
          return result
        })
        fragments += marked.fragments
        return marked.children === chunk.children ? chunk : withChildren(chunk, marked.children)
      })
      slide.data.fragments = fragments
    }
  }
}
