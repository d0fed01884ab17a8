/**
 * Where the app serves the Twemoji SVGs: beside its page, one file per
 * emoji, named by its code points (`twemoji/1f600.svg`). The build copies
 * them there (scripts/vite-twemoji.ts). Relative, as all the app's URLs
 * are, so the site works from any path.
 */

/** The folder, relative to the app's page. */
export const twemojiFolder = 'twemoji/'

/** Code points as Twemoji names its files: lowercase hex joined by `-`. */
const codePointsPattern = /^[0-9a-f]{1,6}(?:-[0-9a-f]{1,6})*$/

/**
 * The URL of a Twemoji SVG, or null for a name that is not code points.
 *
 * @param codePoints
 *   Its file name without `.svg` (`1f600`, `1f468-200d-1f469-200d-1f467`).
 */
export function twemojiUrl(codePoints: string): string | null {
  return codePointsPattern.test(codePoints) ? `${twemojiFolder}${codePoints}.svg` : null
}
