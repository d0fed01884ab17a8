/**
 * Turning a bundle into a deck on screen: read and check the deck file,
 * parse it, register the bundle's Marp themes (with the sheets they import
 * brought in), and resolve its images to the dropped files, served as types
 * that run nothing. Nothing changes when any step refuses.
 */
import type { Deck } from '../deck/index.ts'
import { DeckError } from '../deck/limits.ts'
import type { AssetResolver } from '../render/index.ts'
import { bundleResolver, type BundleResolver } from './asset-resolver.ts'
import type { DeckBundle } from './bundle.ts'
import { decodeDeckBytes, type DeckEncoding } from './decode.ts'
import { maxCharacters } from '../themes/limits.ts'
import { inertFiles } from './inert-files.ts'
import { basename } from './paths.ts'
import { LoadProblem } from './problems.ts'
import { checkDeckFile, checkDeckText, looksBinary } from './validate.ts'
import { createWorkerParser, type ParsingDeck, type WorkerParser } from './worker-parser.ts'

/** A deck read from a bundle. */
export interface BundleDeck {
  /** The deck, or only its first slides when the rest is still being parsed (`whole`). */
  deck: Deck
  /** The whole deck, when `deck` is only its first slides. */
  whole: Promise<Deck> | null
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
 * Parse a deck's text in a worker, under a time budget (worker-parser.ts);
 * the worker stops once the whole deck is parsed.
 *
 * @param first
 *   Give the first `first` slides as soon as they are parsed.
 */
export function parseInWorker(text: string, first?: number): ParsingDeck {
  const parser = createWorkerParser()
  const parsing = parser.parse(text, first === undefined ? {} : { first })
  parsing.whole.then(parser.dispose, parser.dispose)
  return parsing
}

/**
 * Load what opening a dropped deck needs besides the engine: the theme
 * registry and the CSS tools. They come with the first dropped deck, or
 * before it when the page is idle, not with the page.
 */
export function loadThemeTools() {
  return Promise.all([import('../themes/index.ts'), import('./theme-sheets.ts'), import('./css-urls.ts')])
}

/** Options of {@link openBundleDeck}. */
export interface OpenBundleDeckOptions {
  /** Show the first `first` slides as soon as they are parsed, and the rest after (`whole`). */
  first?: number
  /** The parser to use, its worker started ahead (default: a new one, stopped once the deck is parsed). */
  parser?: WorkerParser | undefined
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
export async function openBundleDeck(
  bundle: DeckBundle,
  deckPath: string,
  { first, parser }: OpenBundleDeckOptions = {},
): Promise<BundleDeck> {
  const blob = bundle.files.get(deckPath)
  const name = basename(deckPath)
  if (!blob) throw new LoadProblem('no-deck')
  const { text, encoding } = await readDeckFile(name, blob)
  // Loading and converting beside the parse (a failed parse is the error to report).
  const tools = loadThemeTools()
  tools.catch(() => {})
  const parsing = parser ? parser.parse(text, first === undefined ? {} : { first }) : parseInWorker(text, first)
  // The page serves dropped files only as types that run nothing (inert-files.ts).
  const inert = inertFiles(bundle.files)
  inert.catch(() => {})
  const deck = await parsing.first
  const [{ hasTheme, readThemeMeta, registerTheme, unregisterTheme }, { inlineThemeImports }, { resolveCssUrls }] =
    await tools
  // Only Marp themes (`/* @theme name */`); other CSS files are left alone.
  const styles = (
    await Promise.all(
      bundle.styles.map(async (path) => {
        // A CSS file larger than the scoper takes (limits.ts) is no theme: it is not even read.
        const file = bundle.files.get(path)
        const css = file && file.size <= maxCharacters ? await file.text() : ''
        return { path, css, name: readThemeMeta(css).name }
      }),
    )
  ).filter((style) => style.name)

  const served = { files: await inert }
  const resolvers: BundleResolver[] = []
  const names = new Set(styles.map((style) => style.name))
  const themeCss = await Promise.all(
    styles.map(async ({ path, css }) => {
      const cssResolver = bundleResolver(served, path)
      resolvers.push(cssResolver)
      return inlineThemeImports(served, path, resolveCssUrls(css, cssResolver.resolve), {
        isThemeName: (name) => names.has(name) || hasTheme(name),
        keep: (resolver) => resolvers.push(resolver),
      })
    }),
  )

  const registered = themeCss.map((css) => ({ name: registerTheme(css).name, css }))
  const resolver = bundleResolver(served, deckPath)
  // A theme the next deck registered again under the same name stays.
  const release = () => {
    for (const { name, css } of registered) unregisterTheme(name, css)
    for (const each of [resolver, ...resolvers]) each.dispose()
  }
  const themes = registered.map((theme) => theme.name)
  const whole = deck.complete ? null : parsing.whole
  return { deck, whole, name, encoding, themes, assets: resolver.resolve, release }
}
