/**
 * The image container of an advanced background (spec §8.4): one `figure`
 * per `![bg](…)` image, side by side or stacked, with the leftover alt text
 * as a visually hidden caption.
 */
import type { CSSProperties } from 'react'
import type { BackgroundImage, Slide } from '../deck/index.ts'
import { cleanCssValue, cssUrl } from './css.ts'

function figureStyle(image: BackgroundImage): CSSProperties {
  const style: CSSProperties = {}
  const url = cssUrl(image.url)
  if (url) style.backgroundImage = url
  const size = image.size === null ? null : cleanCssValue('background-size', image.size)
  if (size) style.backgroundSize = size
  const filter = image.filter === null ? null : cleanCssValue('filter', image.filter)
  if (filter) style.filter = filter
  return style
}

/**
 * The background images of a slide.
 *
 * @param props.slide
 *   A slide with `bgImages`.
 */
export function BackgroundImages({ slide }: { slide: Slide }) {
  return (
    <div
      data-marpit-advanced-background-container="true"
      data-marpit-advanced-background-direction={slide.bgDirection ?? 'horizontal'}
    >
      {slide.bgImages.map((image, index) => (
        <figure key={index} style={figureStyle(image)}>
          {image.alt ? <figcaption>{image.alt}</figcaption> : null}
        </figure>
      ))}
    </div>
  )
}
