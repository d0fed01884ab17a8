/**
 * Slide content without a deck: one mdast tree to React elements, through
 * the same safe pipeline as `SlideView` (raw HTML sanitised). In-deck links
 * do nothing here and headings get no ids; prefer `SlideView`.
 */
import type { Root } from 'mdast'
import type { ReactElement } from 'react'
import { hastToReact } from './components.tsx'
import { slideHast } from './hast.ts'
import type { RenderStages } from './render-slice.ts'

/**
 * Render the content of one slide.
 *
 * @param tree
 *   The slide's mdast tree (`Slide['tree']`); it is not changed.
 * @param stages
 *   Optional stages loaded (math, code); default none.
 * @returns
 *   React elements for the slide body (without the enclosing section).
 */
export function renderSlideContent(tree: Root, stages: RenderStages = {}): ReactElement {
  return hastToReact(slideHast(tree, null, stages))
}
