/**
 * Relative `url()`s in a dropped theme: a theme beside its images
 * (`url(images/bg.png)`) must find them among the dropped files, as the
 * deck's images do. Only the theme CSS is rewritten; decks never are.
 *
 * Read with a CSS tokenizer, not a pattern: a `url(` inside a string or a
 * comment is no URL, and writing one into it could end the string early.
 */
import { tokenize, TokenType, type CSSToken } from '@csstools/css-tokenizer'
import type { AssetResolver } from '../render/index.ts'

const quoted = (url: string) => `url("${url.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]/g, '')}")`

const significant = (token: CSSToken | undefined) =>
  token !== undefined && token[0] !== TokenType.Whitespace && token[0] !== TokenType.Comment

/**
 * Replace the `url()`s the resolver knows (others stay as written). The
 * targets of `@import` are left for the import to be judged as written.
 *
 * @param css
 *   Theme CSS.
 * @param resolve
 *   Resolver for URLs as written from the CSS file's folder.
 */
export function resolveCssUrls(css: string, resolve: AssetResolver): string {
  if (!/url\(/i.test(css)) return css
  const tokens = tokenize({ css })
  let out = ''
  let inImport = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token[0] === TokenType.AtKeyword) inImport = token[4].value.toLowerCase() === 'import'
    else if (token[0] === TokenType.Semicolon || token[0] === TokenType.OpenCurly) inImport = false
    if (!inImport && token[0] === TokenType.URL) {
      const resolved = resolve(token[4].value)
      out += resolved === null ? token[1] : quoted(resolved)
      continue
    }
    if (!inImport && token[0] === TokenType.Function && token[4].value.toLowerCase() === 'url') {
      // `url( "x" )`: a function holding one string.
      let at = index + 1
      while (!significant(tokens[at]) && at < tokens.length) at++
      const string = tokens[at]
      let close = at + 1
      while (!significant(tokens[close]) && close < tokens.length) close++
      if (string?.[0] === TokenType.String && tokens[close]?.[0] === TokenType.CloseParen) {
        const resolved = resolve(string[4].value)
        if (resolved !== null) {
          out += quoted(resolved)
          index = close
          continue
        }
      }
    }
    out += token[1]
  }
  return out
}
