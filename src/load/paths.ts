/**
 * Paths inside a dropped folder: `/`-separated, relative to the drop's root,
 * never leaving it. A deck's relative image URLs resolve against the deck's
 * own folder, as a file-based Markdown previewer would.
 */

/**
 * Normalise a path: `\` to `/`, no `.` segments, `..` applied.
 *
 * @param path
 *   A path such as `talk/./images/../a.png`.
 * @returns
 *   `talk/a.png`, or null when `..` climbs above the root.
 */
export function normalisePath(path: string): string | null {
  const out: string[] = []
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (out.length === 0) return null
      out.pop()
    } else out.push(segment)
  }
  return out.join('/')
}

/** The folder of a path: `talk/deck.md` → `talk`, `deck.md` → ``. */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

/** The last segment of a path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** A URL with a scheme (`https:`, `data:`), a protocol-relative `//host`, or a bare `#fragment`: not a file. */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url.startsWith('?')
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The dropped file a deck's relative URL points at.
 *
 * @param deckPath
 *   The deck's path in the drop (`talk/deck.md`).
 * @param url
 *   The URL as written (`./images/a.png`, `images/a%20b.png`, `../x.png`, `/logo.png`).
 * @returns
 *   The file's path in the drop, or null for external URLs and paths that
 *   leave the drop. A leading `/` is the drop's root.
 */
export function resolveDeckPath(deckPath: string, url: string): string | null {
  if (!url || isExternalUrl(url)) return null
  const path = decode(url.split(/[?#]/)[0] ?? '')
  if (!path) return null
  return path.startsWith('/') ? normalisePath(path) : normalisePath(`${dirname(deckPath)}/${path}`)
}
