/** What `lectern [deck.md | folder]` presents: the folder served and the decks in it. */
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname } from 'node:path'
import { fileUnder } from './files.ts'
import { CliError } from './network.ts'

/** A deck's folder and the deck to open first. */
export interface DeckTarget {
  /** The folder served (real path). */
  root: string
  /** Markdown files at the top of the folder, by name. */
  decks: string[]
  /** The deck to open: the file given, else the folder's first deck. */
  open: string
}

const isMarkdown = (name: string) => /^\.(md|markdown)$/i.test(extname(name))

/** The Markdown decks at the top of a folder that the server serves (not hidden, not leading out of it). */
async function decksIn(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter(isMarkdown)
  const served = await Promise.all(names.map((name) => fileUnder(folder, encodeURIComponent(name))))
  return names.filter((_, index) => served[index]).sort((a, b) => a.localeCompare(b))
}

/**
 * Resolve the command's argument (default: the current folder).
 *
 * @throws {CliError} For a path that does not exist, a file that is not Markdown, a hidden deck, a folder without decks.
 */
export async function resolveDeckTarget(argument = '.'): Promise<DeckTarget> {
  const stats = await stat(argument).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(
      error.code === 'ENOENT' || error.code === 'ENOTDIR'
        ? `no such file or folder: ${argument}`
        : `cannot read ${argument}: ${error.code ?? error.message}`,
    )
  })
  if (stats.isDirectory()) {
    const root = await realpath(argument)
    const decks = await decksIn(root).catch(() => {
      throw new CliError(`cannot read the folder ${argument}`)
    })
    if (!decks[0]) throw new CliError(`no Markdown deck (.md) in ${argument}`)
    return { root, decks, open: decks[0] }
  }
  if (!stats.isFile() || !isMarkdown(argument))
    throw new CliError(`${argument} is not a Markdown file (a deck ends in .md or .markdown)`)
  const file = await realpath(argument)
  if (!isMarkdown(file)) throw new CliError(`${argument} is not a Markdown file (a deck ends in .md or .markdown)`)
  if (basename(file).startsWith('.'))
    throw new CliError(`${argument} is a hidden file; rename it without the leading dot`)
  const root = dirname(file)
  return { root, decks: await decksIn(root).catch(() => [basename(file)]), open: basename(file) }
}

/**
 * The app's URL path that opens a deck of the folder: `/?deck=/__deck/talk.md`.
 * The `deck` parameter is a URL, so a `%`, `#` or `?` in a name is escaped
 * in it, and the whole is escaped again as a query value (`/` kept readable).
 */
export function deckPagePath(mount: string, deck: string): string {
  const url =
    mount +
    deck
      .split('/')
      .map((segment) => segment.replace(/[%#?]/g, encodeURIComponent))
      .join('/')
  return `/?deck=${url.split('/').map(encodeURIComponent).join('/')}`
}
