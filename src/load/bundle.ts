/**
 * A deck bundle: what the user dropped, picked or pasted — one or more
 * Markdown decks with the images and theme CSS beside them — as files by
 * path. Opening a bundle reads one of its decks; the rest is resolved from it.
 */
import { basename, normalisePath, resolveDeckPath } from './paths.ts'
import { isDeckName } from './validate.ts'

/** One file of a drop: its path inside the drop (`talk/images/a.png`) and its data. */
export interface BundleEntry {
  path: string
  blob: Blob
}

/** Files that arrived together. */
export interface DeckBundle {
  /** A name for the whole: the folder, or the single file. */
  name: string
  /** Every file, by normalised path. */
  files: ReadonlyMap<string, Blob>
  /** Paths of the decks among them (Markdown files), shallowest first, then by name. */
  decks: readonly string[]
  /** Paths of the CSS files (candidate Marp themes). */
  styles: readonly string[]
}

const depth = (path: string) => path.split('/').length

/** A name for files dropped together: the folder, or the top-level names (`a.png, b.css`). */
function bundleName(paths: readonly string[]): string {
  const tops = [...new Set(paths.map((path) => path.split('/')[0] ?? ''))].filter(Boolean)
  if (tops.length === 0) return 'deck'
  return tops.length <= 3 ? tops.join(', ') : `${tops.slice(0, 3).join(', ')}, …`
}

/**
 * Build a bundle from dropped files.
 *
 * @param entries
 *   The files with their paths in the drop (`\` or `/`; `./` and `..` applied).
 * @param name
 *   A name for the bundle (default: the folder, or the top-level names).
 */
export function buildBundle(entries: readonly BundleEntry[], name?: string): DeckBundle {
  const files = new Map<string, Blob>()
  for (const entry of entries) {
    // A name that climbs out of the drop (`../../x.md`, which no file manager makes) is taken by its file name.
    const path = normalisePath(entry.path) ?? normalisePath(basename(entry.path.replace(/\\/g, '/')))
    // Hidden files (.DS_Store, .git) are never part of a deck.
    if (!path || path.split('/').some((segment) => segment.startsWith('.'))) continue
    files.set(path, entry.blob)
  }
  const paths = [...files.keys()]
  const decks = paths.filter(isDeckName).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))
  const styles = paths.filter((path) => /\.css$/i.test(path)).sort()
  return { name: name ?? bundleName(paths), files, decks, styles }
}

/**
 * The file a deck's relative URL names in its bundle: the path as written
 * from the deck's folder, else — for files dropped side by side without
 * their folders — the only file of that name.
 *
 * @param bundle
 *   The bundle.
 * @param deckPath
 *   The open deck's path in it.
 * @param url
 *   The URL as written in the deck.
 * @returns
 *   The file's path, or null.
 */
export function findBundleFile(bundle: Pick<DeckBundle, 'files'>, deckPath: string, url: string): string | null {
  const path = resolveDeckPath(deckPath, url)
  if (path !== null && bundle.files.has(path)) return path
  const wanted = basename(resolveDeckPath('', url.replace(/^(?:\.\.\/)+/, '')) ?? '')
  if (!wanted) return null
  const matches = [...bundle.files.keys()].filter((candidate) => basename(candidate) === wanted)
  return matches.length === 1 ? (matches[0] ?? null) : null
}
