/**
 * The components map for slide content, and the last stage of the slide
 * pipeline: safe hast to React elements through rehype-react.
 */
import type { Root } from 'hast'
import { use, type ComponentProps, type ReactElement } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import rehypeReact, { type Components } from 'rehype-react'
import { unified } from 'unified'
import { DeckLink } from './deck-link.tsx'
import { createHeading } from './fit-heading.tsx'
import { SlideContext } from './slide-context.ts'
import { SlideImage } from './slide-image.tsx'
import { TocOl, TocUl } from './toc-list.tsx'
import { TwemojiImage } from './twemoji-image.tsx'

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
 * An image: an emoji's Twemoji picture (made by our pipeline, which alone
 * writes `data-marp-twemoji`: the sanitiser drops it from decks' HTML), or a
 * deck's image.
 *
 * @param props
 *   The element's props.
 */
export function ContentImage(props: ComponentProps<'img'> & { 'data-marp-twemoji'?: string }) {
  const codePoints = props['data-marp-twemoji']
  return codePoints === undefined ? (
    <SlideImage {...props} />
  ) : (
    <TwemojiImage {...props} data-marp-twemoji={codePoints} />
  )
}

/**
 * Elements of slide content that are ours rather than plain HTML: only where
 * they add behaviour. Links (`a`, navbar links and TOC entries among them)
 * move within the deck or open a new tab; images show a stand-in when
 * they fail, emoji as Twemoji; lists may be tables of contents
 * that mark the current section; list items are fragments; headings may
 * fit. Awesome Marp's containers (`ldiv`, `rimg`, …) and covers are plain
 * elements styled by the theme, so the DOM stays as Marp makes it.
 */
export const slideComponents: Partial<Components> = {
  a: DeckLink,
  img: ContentImage,
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

/** hast to React: rehype-react with the slide components. */
const toReact = unified()
  .use(rehypeReact, { Fragment, jsx, jsxs, components: slideComponents, ignoreInvalidStyle: true })
  .freeze()

/**
 * Turn safe hast into React elements.
 *
 * @param tree
 *   Sanitised hast (from `slideHast` / `inlineHast`); not changed.
 * @returns
 *   A fragment of React elements; links, images, fragments and fitted
 *   headings read the surrounding `SlideContext`.
 */
export function hastToReact(tree: Root): ReactElement {
  return toReact.stringify(tree)
}
