/**
 * Headings marked `<!-- fit -->`: the text stays on one line and is scaled,
 * down or up, to the heading's width, as marp-core's fitting header does.
 *
 * Notes: we scale the font size of an inner span rather than using a CSS
 * transform, so the heading's height follows the text. Widths are layout
 * widths (`offsetWidth`), which the presenter's own scaling of the slide
 * does not change.
 */
import { useLayoutEffect, useRef, type ComponentProps, type ReactNode } from 'react'

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

/** Limits, so an empty or one-letter heading does not explode. */
const minScale = 0.05
const maxScale = 20

/**
 * Fit `text` (unscaled width at font-size 1em inside `box`) to `box`'s
 * content width by setting its font size.
 */
function fit(box: HTMLElement, text: HTMLElement): void {
  const style = getComputedStyle(box)
  const available = box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
  const current = Number.parseFloat(text.style.fontSize) || 1
  const width = text.offsetWidth
  if (available <= 0 || width <= 0) return
  const scale = Math.min(maxScale, Math.max(minScale, (current * available) / width))
  // Font metrics are not exactly linear: stop when the change is negligible.
  if (Math.abs(scale - current) / current > 0.002) text.style.fontSize = `${scale.toFixed(4)}em`
}

/**
 * Make a heading component for one level.
 *
 * @param Tag
 *   `h1` … `h6`.
 * @returns
 *   A component that fits its text when it has `data-fit`, and is a plain
 *   heading otherwise.
 */
export function createHeading(Tag: HeadingTag) {
  function Heading(props: ComponentProps<HeadingTag> & { 'data-fit'?: string }) {
    if (props['data-fit'] === undefined) return <Tag {...props} />
    return <FitHeading Tag={Tag} {...props} />
  }
  Heading.displayName = `Heading(${Tag})`
  return Heading
}

function FitHeading({
  Tag,
  children,
  ...props
}: ComponentProps<HeadingTag> & { Tag: HeadingTag; children?: ReactNode }) {
  const box = useRef<HTMLHeadingElement>(null)
  const text = useRef<HTMLSpanElement>(null)

  useLayoutEffect(() => {
    const heading = box.current
    const span = text.current
    if (!heading || !span) return
    const refit = () => fit(heading, span)
    refit()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit)
    observer?.observe(heading)
    observer?.observe(span)
    let live = true
    void document.fonts?.ready.then(() => live && refit())
    return () => {
      live = false
      observer?.disconnect()
    }
  }, [children])

  return (
    <Tag {...props} ref={box}>
      <span data-lectern-fit="" ref={text}>
        {children}
      </span>
    </Tag>
  )
}
