/**
 * The built-in themes' CSS as the page loads it: without comments (except
 * the `@theme` one, whose `@size` and `@auto-scaling` lines are read) and
 * with whitespace collapsed. Their sources stay commented for people; the
 * app carries them as strings (`?raw`), which the build would otherwise ship
 * as written.
 */
import { readFile } from 'node:fs/promises'
import { isTokenComment, isTokenWhitespace, stringify, tokenize, type CSSToken } from '@csstools/css-tokenizer'
import type { Plugin } from 'vite'

/** Tokens next to which whitespace means nothing. */
const tight = new Set(['{', '}', ';'])

/**
 * A theme's CSS with comments dropped (but the one naming the theme) and
 * whitespace collapsed, token by token, so strings and URLs stay as they are.
 *
 * @param css
 *   Marp-format theme CSS.
 */
export function minifyThemeCss(css: string): string {
  const kept: CSSToken[] = []
  for (const token of tokenize({ css })) {
    const comment = isTokenComment(token)
    if (comment && /@theme\b/.test(token[1])) kept.push(token)
    else if (comment || isTokenWhitespace(token)) {
      const last = kept.at(-1)
      if (last && !isTokenWhitespace(last) && !tight.has(last[1]))
        kept.push(['whitespace-token', ' ', 0, 0, undefined] as CSSToken)
    } else {
      if (tight.has(token[1]) && kept.at(-1) && isTokenWhitespace(kept.at(-1)!)) kept.pop()
      kept.push(token)
    }
  }
  return stringify(...kept).trim()
}

/** Vite plugin: `src/themes/**.css?raw` imports get {@link minifyThemeCss}'s CSS in the build. */
export function minifiedThemes(): Plugin {
  return {
    name: 'lectern:minified-themes',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (!/\/src\/themes\/.+\.css\?raw$/.test(id)) return null
      const file = id.slice(0, -'?raw'.length)
      this.addWatchFile(file)
      return `export default ${JSON.stringify(minifyThemeCss(await readFile(file, 'utf8')))}`
    },
  }
}
