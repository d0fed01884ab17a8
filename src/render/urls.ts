/**
 * URL cleaning for everything a deck can point at: links, images, media and
 * CSS `url()` values. Decks come from anywhere, so this is the one place that
 * decides which URLs reach the page.
 */

/** What a URL is used for. */
export type UrlKind = 'link' | 'image' | 'media'

/** Schemes allowed per use; relative URLs and `#fragments` are always fine. */
const schemes: Record<UrlKind, readonly string[]> = {
  link: ['http', 'https', 'mailto'],
  image: ['http', 'https'],
  media: ['http', 'https'],
}

/** Raster and vector image types a `data:` URL may carry (images only). */
const dataImage = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|svg\+xml)[;,]/i

// Browsers drop these anywhere in a URL, so `java\tscript:` must be read as `javascript:`.
const ignoredInUrl = /[\u0000-\u0020\u007f]/g

/**
 * Clean a URL for one use.
 *
 * @param url
 *   The URL as written in the deck.
 * @param kind
 *   `link` (`a[href]`: http, https, mailto), `image` (`img[src]`, CSS
 *   backgrounds: http, https, `data:image/…`) or `media` (video, audio:
 *   http, https).
 * @returns
 *   The URL (trimmed), or null when it must not be used.
 *
 * Notes: relative URLs (`pics/a.png`, `/x`, `?q`, `#3`) are kept. Anything
 * with another scheme (`javascript:`, `vbscript:`, `data:text/html`, `file:`)
 * is refused, however it is spelled (case, entities already decoded,
 * embedded tabs or newlines).
 */
export function cleanUrl(url: string, kind: UrlKind): string | null {
  const value = url.trim()
  const squashed = value.replace(ignoredInUrl, '')
  const scheme = /^([^:/?#]*):/.exec(squashed)
  if (!scheme) return value
  const name = (scheme[1] ?? '').toLowerCase()
  if (schemes[kind].includes(name)) return value
  if (kind === 'image' && name === 'data' && dataImage.test(squashed)) return value
  return null
}
