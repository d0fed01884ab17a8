/**
 * Where a deck's relative asset URLs point. Decks opened from a URL or from
 * dropped files install a resolver here (src/load); slides consult it when
 * they load an image, so the deck's Markdown is never rewritten.
 */
import type { Deck } from '../deck/types.ts'
import { cleanUrl } from './urls.ts'

/** The URL to load for a (cleaned) URL as written, or null to load it as written. */
export type AssetResolver = (url: string) => string | null

const resolvers = new WeakMap<Deck, AssetResolver>()

/** Resolve this deck's asset URLs with `resolver` (replacing any earlier one). */
export function setAssetResolver(deck: Deck, resolver: AssetResolver): void {
  resolvers.set(deck, resolver)
}

/**
 * The URL to load for an image or media URL of a deck.
 *
 * @param deck
 *   The deck (null: no resolver).
 * @param url
 *   The URL as it came out of the sanitiser (already cleaned).
 */
export function assetUrl(deck: Deck | null, url: string): string
export function assetUrl(deck: Deck | null, url: string | undefined): string | undefined
export function assetUrl(deck: Deck | null, url: string | undefined): string | undefined {
  if (!deck || !url) return url
  return resolvers.get(deck)?.(url) ?? url
}

/**
 * A CSS `url("…")` for a deck's image URL, cleaned then resolved; null when
 * the URL is not allowed.
 */
export function assetCssUrl(deck: Deck | null, url: string): string | null {
  const clean = cleanUrl(url, 'image')
  if (clean === null || clean === '') return null
  const resolved = assetUrl(deck, clean)
  return `url("${resolved.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]/g, '')}")`
}

/**
 * A CSS value with its `url()`s resolved for a deck (already cleaned: only
 * URLs the sanitiser allowed are in it).
 *
 * @param deck
 *   The deck (null: no resolver).
 * @param value
 *   A cleaned CSS value such as `url('images/bg.png')`.
 */
export function assetCssValue(deck: Deck | null, value: string): string {
  if (!deck || !resolvers.has(deck)) return value
  return value.replace(
    /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi,
    (whole, double?: string, single?: string, bare?: string) => {
      const url = double ?? single ?? bare ?? ''
      const resolved = assetUrl(deck, url)
      return resolved === url ? whole : `url("${resolved.replace(/[\\"]/g, '\\$&')}")`
    },
  )
}
