/**
 * Whether a browser reads a piece of CSS as postcss did. postcss is tolerant
 * and finds structure where a browser finds none: a string broken by a
 * newline, an unclosed comment or `url(`, a stray `}`. Written back out, such
 * a selector or value could close our block early and start a rule of its
 * own, unscoped. So every piece we write is first read by a tokenizer that
 * follows the CSS Syntax spec, as the browser will read it.
 */
import { tokenizer, TokenType } from '@csstools/css-tokenizer'

const closing: Partial<Record<TokenType, TokenType>> = {
  [TokenType.OpenParen]: TokenType.CloseParen,
  [TokenType.Function]: TokenType.CloseParen,
  [TokenType.OpenSquare]: TokenType.CloseSquare,
}

/**
 * Whether `text` is one self-contained piece of CSS: no parse error (a string
 * broken by a newline, an unclosed comment, string or `url(`, a bad escape),
 * brackets balanced, and no `{`, `}` or `;` outside strings, comments and URLs.
 *
 * @param text
 *   A selector, a declaration value or an at-rule's prelude, as it will be written.
 * @returns
 *   Whether the browser reads it as one piece, ending where it ends.
 */
export function isSelfContained(text: string): boolean {
  let failed = false
  const tokens = tokenizer(
    { css: text },
    {
      onParseError: () => {
        failed = true
      },
    },
  )
  const open: TokenType[] = []
  for (;;) {
    const [type] = tokens.nextToken()
    if (failed) return false
    switch (type) {
      case TokenType.EOF:
        return open.length === 0
      case TokenType.BadString:
      case TokenType.BadURL:
      case TokenType.OpenCurly:
      case TokenType.CloseCurly:
      case TokenType.Semicolon:
        return false
      case TokenType.OpenParen:
      case TokenType.Function:
      case TokenType.OpenSquare:
        open.push(closing[type]!)
        break
      case TokenType.CloseParen:
      case TokenType.CloseSquare:
        if (open.pop() !== type) return false
        break
      default:
    }
  }
}

/** A property name we write as it is: an identifier or a custom property, no escapes. */
export function isPropertyName(name: string): boolean {
  return /^(?:--[\w\u0080-\uffff-]+|-?[a-z_][\w-]*)$/i.test(name)
}

/** An at-rule name we write as it is. */
export function isAtRuleName(name: string): boolean {
  return /^-?[a-z][\w-]*$/i.test(name)
}
