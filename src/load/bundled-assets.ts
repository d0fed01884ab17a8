/**
 * The images beside the bundled decks (`decks/images/…`), which the build
 * copies with the app: apart from the deck list (bundled-decks.ts), since the
 * seed deck needs them at start and the list only once decks are listed.
 */
import type { AssetResolver } from '../render/index.ts'
import { resolveDeckPath } from './paths.ts'

const assets = import.meta.glob<string>('../../decks/**/*.{png,jpg,jpeg,gif,webp,avif,svg}', {
  query: '?url',
  import: 'default',
  eager: true,
})

/** Asset URLs by path inside `decks/` (`images/logo.svg`). */
const assetUrls = new Map(Object.entries(assets).map(([path, url]) => [path.replace(/^(?:\.\.\/)+decks\//, ''), url]))

/**
 * Resolve a bundled deck's relative images to the copies built with the app.
 *
 * @param name
 *   The deck's file name in `decks/`.
 */
export function bundledResolver(name: string): AssetResolver {
  return (url) => {
    const path = resolveDeckPath(name, url)
    const asset = path === null ? undefined : assetUrls.get(path)
    return asset ? new URL(asset, document.baseURI).href : null
  }
}
