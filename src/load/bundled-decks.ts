/**
 * The decks bundled with the app: every `decks/*.md` at build time, and the
 * images beside them (`decks/images/…`), which the build copies with the
 * app. Deck text loads only when the start screen lists them or one is opened.
 */
export { bundledResolver } from './bundled-assets.ts'

const loaders = import.meta.glob<string>('../../decks/*.md', { query: '?raw', import: 'default' })

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
