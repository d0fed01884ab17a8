/**
 * Slide content without a deck: one mdast tree to React elements, through
 * the same safe pipeline as `SlideView` (raw HTML sanitised). In-deck links
 * do nothing here and headings get no ids; prefer `SlideView`.
 */
import type { Root } from 'mdast'
import type { ReactElement } from 'react'
import { hastToReact } from './components.tsx'
import { loadedExtras } from './extras.ts'
import { slideHast } from './hast.ts'

/**
 * Render the content of one slide.
 *
 * @param tree
 *   The slide's mdast tree (`Slide['tree']`); it is not changed.
 * @returns
 *   React elements for the slide body (without the enclosing section).
 */
export function renderSlideContent(tree: Root): ReactElement {
  return hastToReact(slideHast(tree, null, loadedExtras()))
}
