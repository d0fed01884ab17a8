/**
 * Slide content: one slide's mdast tree to React elements.
 *
 * Raw HTML in the deck is dropped (remark-rehype without
 * `allowDangerousHtml`), so no markup or script from a deck reaches the page.
 */
import type { Root } from 'mdast'
import type { ReactElement } from 'react'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

const processor = unified().use(remarkRehype).freeze()

/**
 * Render the content of one slide.
 *
 * @param tree
 *   The slide's mdast tree (`Slide['tree']`); it is not changed.
 * @returns
 *   React elements for the slide body (without the enclosing section).
 */
export function renderSlideContent(tree: Root): ReactElement {
  return toJsxRuntime(processor.runSync(tree), { Fragment, jsx, jsxs })
}
