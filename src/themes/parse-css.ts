/**
 * Tolerant CSS parsing: decks and user themes are written by hand, and a typo
 * in one rule must not cost the whole stylesheet.
 */
import postcss, { type Root } from 'postcss'

/**
 * Parse CSS with postcss, keeping whatever can be kept.
 *
 * @param css
 *   Any text.
 * @returns
 *   A postcss root. Never throws.
 *
 * Notes: when the whole text does not parse, it is cut into top-level
 * statements (at `;` or a closing `}` outside strings, comments and brackets)
 * and each is parsed alone; statements that still fail are dropped. A block
 * left open at the end is closed.
 */
export function parseCss(css: string): Root {
  try {
    return postcss.parse(css)
  } catch {
    const root = postcss.root()
    for (const chunk of splitStatements(css)) {
      const parsed = tryParse(chunk)
      if (parsed) root.append(parsed.nodes)
    }
    return root
  }
}

function tryParse(css: string): Root | undefined {
  try {
    return postcss.parse(css)
  } catch {
    return undefined
  }
}

/** Cut CSS into top-level statements, closing a block left open at the end. */
function splitStatements(css: string): string[] {
  const chunks: string[] = []
  let depth = 0
  let start = 0
  let i = 0
  while (i < css.length) {
    const char = css[i]
    if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2)
      i = end === -1 ? css.length : end + 2
      continue
    }
    if (char === '"' || char === "'") {
      i = skipString(css, i)
      continue
    }
    if (char === '\\') {
      i += 2
      continue
    }
    if (char === '{') depth++
    else if (char === '}') {
      if (depth === 0) {
        // A stray `}`: drop it with whatever came before it in this statement.
        start = i + 1
      } else if (--depth === 0) {
        chunks.push(css.slice(start, i + 1))
        start = i + 1
      }
    } else if (char === ';' && depth === 0) {
      chunks.push(css.slice(start, i + 1))
      start = i + 1
    }
    i++
  }
  const rest = css.slice(start)
  if (rest.trim()) chunks.push(rest + '}'.repeat(depth))
  return chunks
}

/** Index after the string starting at `from` (a quote), or after the line end if unclosed. */
function skipString(css: string, from: number): number {
  const quote = css[from]
  let i = from + 1
  while (i < css.length) {
    const char = css[i]
    if (char === '\\') i += 2
    else if (char === quote || char === '\n') return i + 1
    else i++
  }
  return i
}
