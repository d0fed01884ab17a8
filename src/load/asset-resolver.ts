/**
 * Asset resolvers: where a deck's relative image URL really points. For a
 * dropped deck, at the dropped file (an object URL); for a deck fetched from a
 * URL, at the deck's URL rather than the page's.
 */
import type { AssetResolver } from '../render/index.ts'
import { findBundleFile, type DeckBundle } from './bundle.ts'
import { isExternalUrl } from './paths.ts'

/** A resolver that also holds object URLs, to release with the deck. */
export interface BundleResolver {
  resolve: AssetResolver
  /** Release the object URLs made so far. */
  dispose: () => void
}

/**
 * Resolve a dropped deck's relative URLs to its dropped files.
 *
 * @param bundle
 *   The drop.
 * @param deckPath
 *   The open deck's path in it.
 * @param createUrl
 *   Makes an object URL (default `URL.createObjectURL`).
 */
export function bundleResolver(
  bundle: Pick<DeckBundle, 'files'>,
  deckPath: string,
  createUrl: (blob: Blob) => string = (blob) => URL.createObjectURL(blob),
): BundleResolver {
  const made = new Map<string, string>()
  return {
    resolve: (url) => {
      const path = findBundleFile(bundle, deckPath, url)
      const blob = path === null ? undefined : bundle.files.get(path)
      if (path === null || !blob) return null
      let objectUrl = made.get(path)
      if (!objectUrl) {
        objectUrl = createUrl(blob)
        made.set(path, objectUrl)
      }
      return objectUrl
    },
    dispose: () => {
      for (const url of made.values()) URL.revokeObjectURL(url)
      made.clear()
    },
  }
}

/**
 * Resolve a fetched deck's relative URLs against the deck's own URL.
 *
 * @param deckUrl
 *   The deck's absolute URL.
 */
export function urlResolver(deckUrl: string): AssetResolver {
  return (url) => {
    if (!url || isExternalUrl(url)) return null
    try {
      return new URL(url, deckUrl).href
    } catch {
      return null
    }
  }
}
