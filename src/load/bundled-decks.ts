/**
 * The decks bundled with the app: every `decks/*.md` at build time, and the
 * images beside them (`decks/images/…`), which the build copies with the
 * app. Deck text loads only when the start screen lists them or one is opened.
 */
import type { AssetResolver } from '../render/index.ts'
import { resolveDeckPath } from './paths.ts'

const loaders = import.meta.glob<string>('../../decks/*.md', { query: '?raw', import: 'default' })
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

/** A bundled deck: its file name and how to read its text. */
export interface BundledDeck {
  name: string
  load: () => Promise<string>
}

/** The bundled decks, by file name. */
export const bundledDecks: readonly BundledDeck[] = Object.entries(loaders)
  .map(([path, load]) => ({ name: path.slice(path.lastIndexOf('/') + 1), load }))
  .sort((a, b) => a.name.localeCompare(b.name))

/**
 * A deck's title without parsing it: the front matter's `title`, else the
 * first `# heading`, else null.
 *
 * @param text
 *   The deck's Markdown.
 */
export function quickTitle(text: string): string | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text)
  const title = front ? /^title:\s*(.+?)\s*$/m.exec(front[1] ?? '') : null
  if (title?.[1]) return title[1].replace(/^(['"])(.*)\1$/, '$2')
  const body = front ? text.slice(front[0].length) : text
  const comment = /<!--[\s\S]*?title:\s*(.+?)\s*(?:-->|\n)/.exec(body)
  if (comment?.[1]) return comment[1].trim()
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(body.replace(/^(```|~~~)[\s\S]*?^\1/gm, ''))
  return heading?.[1] ?? null
}
