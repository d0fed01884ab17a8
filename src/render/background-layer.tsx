/**
 * The image container of an advanced background (Marp's `![bg]` layer): one `figure`
 * per `![bg](…)` image, side by side or stacked, with the leftover alt text
 * as a visually hidden caption. A background image that does not load shows
 * a labelled placeholder, as inline images do.
 */
import { useEffect, useState, type CSSProperties } from 'react'
import type { BackgroundImage, Slide } from '../deck/index.ts'
import { assetCssUrl, assetUrl, type AssetResolver } from './asset-urls.ts'
import { cleanCssValue } from './css.ts'
import { cleanUrl } from './urls.ts'
import { imageName } from './slide-image.tsx'
import { useShownDeck } from './shown-deck.ts'

function figureStyle(assets: AssetResolver | null, image: BackgroundImage): CSSProperties {
  const style: CSSProperties = {}
  const url = assetCssUrl(assets, image.url)
  if (url) style.backgroundImage = url
  const size = image.size === null ? null : cleanCssValue('background-size', image.size)
  if (size) style.backgroundSize = size
  const filter = image.filter === null ? null : cleanCssValue('filter', image.filter)
  if (filter) style.filter = filter
  return style
}

/**
 * The URLs among `urls` that fail to load (or are refused).
 *
 * @param urls
 *   Background image URLs as written.
 */
function useBrokenImages(assets: AssetResolver | null, urls: readonly string[]): ReadonlySet<string> {
  const [broken, setBroken] = useState<ReadonlySet<string>>(() => new Set())
  const key = urls.join('\n')
  useEffect(() => {
    let live = true
    const probes = urls.map((url) => {
      const probe = new Image()
      const fail = () => {
        if (live) setBroken((previous) => new Set(previous).add(url))
      }
      const clean = cleanUrl(url, 'image')
      if (clean === null || clean === '') fail()
      else {
        probe.onerror = fail
        probe.src = assetUrl(assets, clean)
      }
      return probe
    })
    return () => {
      live = false
      for (const probe of probes) probe.onerror = null
    }
    // `key` stands for `urls`, which is a new array on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assets, key])
  return broken
}

/**
 * The background images of a slide.
 *
 * @param props.slide
 *   A slide with `bgImages`.
 */
export function BackgroundImages({ slide }: { slide: Slide }) {
  const { assets } = useShownDeck()
  const broken = useBrokenImages(
    assets,
    slide.bgImages.map((image) => image.url),
  )
  return (
    <div
      data-marpit-advanced-background-container="true"
      data-marpit-advanced-background-direction={slide.bgDirection ?? 'horizontal'}
    >
      {slide.bgImages.map((image, index) =>
        broken.has(image.url) ? (
          <figure
            key={index}
            data-lectern-broken-image=""
            role="img"
            aria-label={`Image not loaded: ${image.alt ?? imageName(image.url)}`}
          >
            <span data-lectern-broken-image-label="">{image.alt ?? imageName(image.url)}</span>
          </figure>
        ) : (
          <figure key={index} style={figureStyle(assets, image)}>
            {image.alt ? <figcaption>{image.alt}</figcaption> : null}
          </figure>
        ),
      )}
    </div>
  )
}
