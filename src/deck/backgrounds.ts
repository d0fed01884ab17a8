/**
 * Images, per slide: `![bg …](url)` images leave the content and become the
 * slide's backgrounds; the keywords of other images (`w:200`, `sepia`) become
 * their size and filter.
 */
import type { Image, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import { parseImageKeywords } from './image-keywords.ts'
import { isBlank } from './outline.ts'
import { mapChildren, mapNodes, withChildren, type SlideBackground, type SlidesTree } from './tree.ts'

interface Found {
  children: RootContent[]
  backgrounds: SlideBackground[]
}

/** An image with its keywords applied, or null when it is a background (recorded in `found`). */
function applyKeywords(node: Image, found: Found): Image | null {
  const keywords = parseImageKeywords(node.alt ?? '')
  if (keywords.background) {
    if (node.url.trim()) {
      found.backgrounds.push({
        url: node.url,
        size: keywords.size,
        filter: keywords.filter,
        alt: keywords.alt || null,
        split: keywords.split,
        direction: keywords.direction,
        source: node.alt ?? '',
      })
    }
    return null
  }
  const style = [
    keywords.width && !keywords.width.endsWith('%') ? `width:${keywords.width};` : '',
    keywords.height && !keywords.height.endsWith('%') ? `height:${keywords.height};` : '',
    keywords.filter ? `filter:${keywords.filter};` : '',
  ].join('')
  if (!style && keywords.alt === (node.alt ?? '')) return node
  const image: Image = { ...node, alt: keywords.alt }
  if (style) image.data = { ...image.data, hProperties: { style } }
  if (keywords.alt !== (node.alt ?? '')) image.data = { ...image.data, marpAlt: node.alt ?? '' }
  return image
}

function applyNode(node: RootContent, found: Found): RootContent | null {
  if (node.type === 'image') return applyKeywords(node, found)
  if (!('children' in node)) return node
  const parent = mapChildren(node, (child) => applyNode(child, found))
  // A paragraph left with nothing but white space (its images were backgrounds) is not shown.
  return parent.type === 'paragraph' && parent !== node && isBlank(parent.children) ? null : parent
}

/** Backgrounds and image keywords, on each slide. */
export function remarkBackgrounds() {
  return (tree: SlidesTree, file: VFile) => {
    const memo = runOf(file).cache.memo<Found>('backgrounds')
    for (const slide of tree.children) {
      const backgrounds: SlideBackground[] = []
      slide.children = mapNodes(slide.children, (chunk) => {
        const found = memo(chunk.children, () => {
          const result: Found = { children: [], backgrounds: [] }
          result.children = mapNodes(chunk.children, (node) => applyNode(node, result))
          return result
        })
        backgrounds.push(...found.backgrounds)
        return found.children === chunk.children ? chunk : withChildren(chunk, found.children)
      })
      slide.data.backgrounds = backgrounds
    }
  }
}
