/**
 * A Twemoji picture in slides and notes (made by twemoji.ts): the SVG the
 * app ships for its code points, sized like the text around it
 * (twemoji.css); the character itself when the picture cannot load, never a
 * broken-image icon.
 */
import { useLayoutEffect, useRef, useState, type ComponentProps } from 'react'
import './twemoji.css'
import { twemojiUrl } from './twemoji-url.ts'

/** Props of {@link TwemojiImage}: an `img` whose `data-marp-twemoji` names its file. */
export type TwemojiImageProps = ComponentProps<'img'> & { 'data-marp-twemoji': string }

/**
 * An emoji as its Twemoji picture.
 *
 * @param props
 *   The element's props (`alt` is the emoji).
 */
export function TwemojiImage(props: TwemojiImageProps) {
  const src = twemojiUrl(props['data-marp-twemoji'])
  const [failed, setFailed] = useState(false)
  const ref = useRef<HTMLImageElement>(null)

  // A picture that failed before React listened (a cached failure) counts too.
  useLayoutEffect(() => {
    const image = ref.current
    if (image?.complete && image.naturalWidth === 0) setFailed(true)
  }, [src])

  if (!src || failed) return props.alt
  return <img {...props} src={src} ref={ref} onError={() => setFailed(true)} />
}
