/**
 * Relative `url()`s in a dropped theme: a theme beside its images
 * (`url(images/bg.png)`) must find them among the dropped files, as the
 * deck's images do. Only the theme CSS is rewritten; decks never are.
 */
import type { AssetResolver } from '../render/index.ts'

const cssUrl = /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi

/**
 * Replace the `url()`s the resolver knows (others stay as written).
 *
 * @param css
 *   Theme CSS.
 * @param resolve
 *   Resolver for URLs as written from the CSS file's folder.
 */
export function resolveCssUrls(css: string, resolve: AssetResolver): string {
  return css.replace(
    cssUrl,
    (whole, double: string | undefined, single: string | undefined, bare: string | undefined) => {
      const url = double ?? single ?? bare ?? ''
      const resolved = resolve(url)
      return resolved === null ? whole : `url("${resolved.replace(/[\\"]/g, '\\$&')}")`
    },
  )
}
