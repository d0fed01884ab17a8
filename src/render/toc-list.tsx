/**
 * Lists of in-deck links (tables of contents, as Awesome Marp's `toc_*`
 * slides write them): the item whose target is the last one at or before the
 * presented slide is marked current (`data-lectern-current`, `aria-current`),
 * so a TOC shows which section is on. The list keeps its DOM shape.
 */
import {
  Children,
  cloneElement,
  isValidElement,
  use,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
} from 'react'
import type { Deck } from '../deck/index.ts'
import { resolveLink } from '../deck/links.ts'
import { PresentedSlideContext } from './presented-slide.ts'
import { SlideContext } from './slide-context.ts'

type Props = { href?: unknown; children?: ReactNode }

/** The first in-deck `href` (`#…`) among an element's descendants, looking a few levels down. */
function firstDeckHref(node: ReactNode, depth = 4): string | null {
  if (depth < 0) return null
  for (const child of Children.toArray(node)) {
    if (!isValidElement<Props>(child)) continue
    const { href, children } = child.props
    if (typeof href === 'string' && href.startsWith('#')) return href
    const found = firstDeckHref(children, depth - 1)
    if (found) return found
  }
  return null
}

/**
 * The position of the current item of a table of contents: the one whose
 * target is the last at or before `presented`, or -1.
 *
 * @param targets
 *   Each item's target (0-based slide index), null for a link that leads
 *   nowhere in the deck (it is never current); fewer than two targets make no TOC.
 * @param presented
 *   The slide being presented.
 */
export function currentTocItem(targets: readonly (number | null)[], presented: number): number {
  if (targets.filter((target) => target !== null).length < 2) return -1
  let best = -1
  targets.forEach((target, index) => {
    if (target !== null && target <= presented && (best === -1 || target >= targets[best]!)) best = index
  })
  return best
}

function markCurrent(children: ReactNode, deck: Deck, presented: number): ReactNode {
  const items = Children.toArray(children).filter((child): child is ReactElement<Props> => isValidElement(child))
  const hrefs = items.map((item) => firstDeckHref(item.props.children))
  // A list is a table of contents when every item links into the deck.
  if (hrefs.some((href) => href === null)) return children
  const targets = hrefs.map((href) => resolveLink(deck, href!))
  const current = currentTocItem(targets, presented)
  if (current === -1) return children
  let position = -1
  return Children.map(children, (child) => {
    if (!isValidElement<Record<string, unknown>>(child)) return child
    position++
    return position === current ? cloneElement(child, { 'data-lectern-current': '', 'aria-current': 'true' }) : child
  })
}

/** `ul` of slide content. */
export function TocUl({ children, ...props }: ComponentProps<'ul'>) {
  const { deck } = use(SlideContext)
  const presented = use(PresentedSlideContext)
  return <ul {...props}>{deck && presented !== null ? markCurrent(children, deck, presented) : children}</ul>
}

/** `ol` of slide content. */
export function TocOl({ children, ...props }: ComponentProps<'ol'>) {
  const { deck } = use(SlideContext)
  const presented = use(PresentedSlideContext)
  return <ol {...props}>{deck && presented !== null ? markCurrent(children, deck, presented) : children}</ol>
}
