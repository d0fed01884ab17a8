/**
 * Presenter notes as Markdown, for handouts: headings, lists, emphasis, code
 * and links (CommonMark). Raw HTML in notes is dropped, never rendered.
 * Loaded on demand (only handouts need it).
 */
import type { ReactNode } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'

/** Notes text to React elements. */
export function renderNotes(text: string): ReactNode {
  const tree = toHast(fromMarkdown(text))
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, ignoreInvalidStyle: true })
}
