/**
 * Where a deck's relative asset URLs point. Decks opened from a URL or from
 * dropped files come with a resolver (src/load); slides consult it when they
 * load an image, so the deck's Markdown is never rewritten.
 */
import { cleanUrl } from './urls.ts'

/** The URL to load for a (cleaned) URL as written, or null to load it as written. */
export type AssetResolver = (url: string) => string | null

/**
 * The URL to load for an image or media URL of a deck.
 *
 * @param assets
 *   The deck's resolver (null: none).
 * @param url
 *   The URL as it came out of the sanitiser (already cleaned).
 */
export function assetUrl(assets: AssetResolver | null, url: string): string
export function assetUrl(assets: AssetResolver | null, url: string | undefined): string | undefined
export function assetUrl(assets: AssetResolver | null, url: string | undefined): string | undefined {
  if (!assets || !url) return url
  return assets(url) ?? url
}

/**
 * A CSS `url("…")` for a deck's image URL, cleaned then resolved; null when
 * the URL is not allowed.
 */
export function assetCssUrl(assets: AssetResolver | null, url: string): string | null {
  const clean = cleanUrl(url, 'image')
  if (clean === null || clean === '') return null
  const resolved = assetUrl(assets, clean)
  return `url("${resolved.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]/g, '')}")`
}

/**
 * A CSS value with its `url()`s resolved for a deck (already cleaned: only
 * URLs the sanitiser allowed are in it).
 *
 * @param assets
 *   The deck's resolver (null: none, the value is returned as it is).
 * @param value
 *   A cleaned CSS value such as `url('images/bg.png')`.
 */
export function assetCssValue(assets: AssetResolver | null, value: string): string {
  if (!assets) return value
  return value.replace(
    /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi,
    (whole, double?: string, single?: string, bare?: string) => {
      const url = double ?? single ?? bare ?? ''
      const resolved = assetUrl(assets, url)
      return resolved === url ? whole : `url("${resolved.replace(/[\\"]/g, '\\$&')}")`
    },
  )
}
