/**
 * Turning a bundle into a deck: read and check the deck file, parse it,
 * register the bundle's Marp themes, and resolve its images to the dropped
 * files. Nothing changes when any step refuses.
 */
import type { Deck } from '../deck/index.ts'
import { DeckError } from '../deck/limits.ts'
import type { AssetResolver } from '../render/index.ts'
import { readThemeMeta, registerTheme, unregisterTheme } from '../themes/index.ts'
import { bundleResolver } from './asset-resolver.ts'
import type { DeckBundle } from './bundle.ts'
import { resolveCssUrls } from './css-urls.ts'
import { decodeDeckBytes, type DeckEncoding } from './decode.ts'
import { basename } from './paths.ts'
import { LoadProblem } from './problems.ts'
import { checkDeckFile, checkDeckText, looksBinary } from './validate.ts'

/** A deck read from a bundle. */
export interface BundleDeck {
  deck: Deck
  /** The deck file's name. */
  name: string
  encoding: DeckEncoding
  /** Names of the themes the bundle registered. */
  themes: string[]
  /** Where the deck's relative URLs load from: the bundle's files. */
  assets: AssetResolver
  /** Unregister the bundle's themes and revoke its object URLs, once another deck shows. */
  release: () => void
}

/**
 * Read, check and decode a deck file.
 *
 * @throws {LoadProblem}
 *   For anything that is not a Markdown text deck.
 */
export async function readDeckFile(name: string, blob: Blob): Promise<{ text: string; encoding: DeckEncoding }> {
  // Size and kind first: a 50 MB file is refused without reading it.
  checkDeckFile({ name, type: blob.type, size: blob.size })
  const bytes = new Uint8Array(await blob.arrayBuffer())
  if (looksBinary(bytes)) throw new LoadProblem('not-text')
  const decoded = decodeDeckBytes(bytes)
  checkDeckText(decoded.text)
  return decoded
}

/**
 * Parse deck text into a Deck (the engine loads on first use).
 *
 * @throws {LoadProblem}
 *   `not-text` or `too-large` when the engine refuses the text.
 */
export async function parseDeckText(text: string): Promise<Deck> {
  const { parseDeck } = await import('../deck/index.ts')
  try {
    return parseDeck(text)
  } catch (error) {
    if (error instanceof DeckError) throw new LoadProblem(error.code, error.code === 'too-large' ? error.message : '')
    throw error
  }
}

/**
 * Open one deck of a bundle.
 *
 * @param bundle
 *   What was dropped.
 * @param deckPath
 *   Which of its decks.
 * @returns
 *   The deck, with its images resolved to the bundle's files and the bundle's
 *   themes registered.
 * @throws {LoadProblem}
 *   When the deck file cannot be a deck; nothing has changed then.
 */
export async function openBundleDeck(bundle: DeckBundle, deckPath: string): Promise<BundleDeck> {
  const blob = bundle.files.get(deckPath)
  const name = basename(deckPath)
  if (!blob) throw new LoadProblem('no-deck')
  const { text, encoding } = await readDeckFile(name, blob)
  const deck = await parseDeckText(text)
  const styles = await Promise.all(
    bundle.styles.map(async (path) => ({ path, css: (await bundle.files.get(path)?.text()) ?? '' })),
  )

  const registered: { name: string; css: string }[] = []
  const resolvers = [bundleResolver(bundle, deckPath)]
  for (const { path, css } of styles) {
    // Only Marp themes (`/* @theme name */`); other CSS files are left alone.
    if (!readThemeMeta(css).name) continue
    const cssResolver = bundleResolver(bundle, path)
    resolvers.push(cssResolver)
    const resolved = resolveCssUrls(css, cssResolver.resolve)
    registered.push({ name: registerTheme(resolved).name, css: resolved })
  }
  // A theme the next deck registered again under the same name stays.
  const release = () => {
    for (const { name, css } of registered) unregisterTheme(name, css)
    for (const resolver of resolvers) resolver.dispose()
  }
  const themes = registered.map((theme) => theme.name)
  return { deck, name, encoding, themes, assets: resolvers[0]!.resolve, release }
}
