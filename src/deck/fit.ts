/**
 * Fitting headings, per slide: a heading with a `<!-- fit -->` comment in
 * it is marked `data-fit` (rendered at the width of the slide), and the
 * comment leaves it.
 */
import type { Heading, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import { analyseComment } from './html-blocks.ts'
import { mapChildren, mapNodes, withChildren, type SlidesTree } from './tree.ts'

/** A heading's content without its fit markers, and whether it had one. */
function withoutMarkers(node: RootContent, found: { fit: boolean }): RootContent | null {
  if (node.type === 'html' && analyseComment(node.value) === 'fit') {
    found.fit = true
    return null
  }
  return 'children' in node ? mapChildren(node, (child) => withoutMarkers(child, found)) : node
}

function fitNode(node: RootContent): RootContent {
  if (node.type !== 'heading') return 'children' in node ? mapChildren(node, fitNode) : node
  const found = { fit: false }
  const heading = mapChildren(node, (child) => withoutMarkers(child, found))
  if (!found.fit) return heading
  const fitted: Heading = {
    ...heading,
    data: { ...heading.data, hProperties: { ...heading.data?.hProperties, 'data-fit': '' } },
  }
  return fitted
}

/** Fit markers in headings, on each slide. */
export function remarkFit() {
  return (tree: SlidesTree, file: VFile) => {
    const memo = runOf(file).cache.memo<RootContent[]>('fit')
    for (const slide of tree.children) {
      slide.children = mapNodes(slide.children, (chunk) => {
        const children = memo(chunk.children, () => mapNodes(chunk.children, fitNode))
        return children === chunk.children ? chunk : withChildren(chunk, children)
      })
    }
  }
}
