/**
 * The components map for slide content (hast → React), and the renderer
 * that uses it.
 */
import type { Root } from 'hast'
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime'
import { use, type ComponentProps, type ReactElement } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { DeckLink } from './deck-link.tsx'
import { createHeading } from './fit-heading.tsx'
import { SlideContext } from './slide-context.ts'
import { SlideImage } from './slide-image.tsx'
import { TocOl, TocUl } from './toc-list.tsx'

/**
 * A list item; fragment items (`data-marpit-fragment="k"`) are shown from
 * step k on, and reserve their space while hidden (`visibility: hidden`), as
 * in Marp's bespoke template.
 *
 * @param props
 *   The element's props.
 */
export function FragmentItem(props: ComponentProps<'li'> & { 'data-marpit-fragment'?: string }) {
  const { fragment } = use(SlideContext)
  const step = props['data-marpit-fragment']
  if (step === undefined) return <li {...props} />
  const k = Number(step)
  const active = k <= fragment
  return (
    <li
      {...props}
      data-bespoke-marp-fragment={active ? 'active' : 'inactive'}
      data-bespoke-marp-current-fragment={k === fragment ? 'current' : undefined}
      style={active ? props.style : { ...props.style, visibility: 'hidden' }}
    />
  )
}

/**
 * Elements of slide content that are ours rather than plain HTML: only where
 * they add behaviour. Awesome Marp's containers (`ldiv`, `rimg`, …), covers
 * and navbars are plain elements styled by the theme: their links are `a`
 * (in-deck navigation) and need nothing more.
 */
export const slideComponents: Partial<Components> = {
  a: DeckLink,
  img: SlideImage,
  li: FragmentItem,
  ul: TocUl,
  ol: TocOl,
  h1: createHeading('h1'),
  h2: createHeading('h2'),
  h3: createHeading('h3'),
  h4: createHeading('h4'),
  h5: createHeading('h5'),
  h6: createHeading('h6'),
}

/**
 * Turn safe hast into React elements.
 *
 * @param tree
 *   Sanitised hast (from `slideHast` / `inlineHast`).
 * @returns
 *   A fragment of React elements; links, images, fragments and fitted
 *   headings read the surrounding `SlideContext`.
 */
export function hastToReact(tree: Root): ReactElement {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: slideComponents,
    ignoreInvalidStyle: true,
  })
}
