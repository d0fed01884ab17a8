/**
 * CSS declaration cleaning for inline styles: directive values
 * (`backgroundColor: "red; position: fixed"` must give only `red`) and
 * `style` attributes of raw HTML in decks.
 *
 * Notes: this is not a CSS parser. It splits declarations at top-level `;`
 * (outside strings and brackets), refuses anything unbalanced, and refuses
 * values that could reach outside the slide: script URLs, `expression()`,
 * bindings, `position: fixed`.
 */
import { cleanUrl } from './urls.ts'

/** One declaration that survived cleaning. */
export interface Declaration {
  /** Property name, lower case (custom properties as written). */
  property: string
  /** Value, trimmed, without `!important`. */
  value: string
}

const propertyName = /^(?:--[\w-]+|-?[a-z][a-z0-9-]*)$/i
const forbiddenProperties = new Set(['behavior', '-moz-binding', 'binding'])
const forbiddenValue = /expression\s*\(|javascript:|vbscript:|-moz-binding|[{}]/i

/**
 * Split CSS text at top-level occurrences of `separator`.
 *
 * @param text
 *   CSS text.
 * @param separator
 *   One character (`;` or `:`).
 * @param limit
 *   Most pieces to return; the last one keeps the rest.
 * @returns
 *   The pieces, or null when quotes or brackets are unbalanced.
 */
function splitTopLevel(text: string, separator: string, limit = Infinity): string[] | null {
  const pieces: string[] = []
  let depth = 0
  let quote = ''
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') {
      index++
    } else if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '(' || char === '[') {
      depth++
    } else if (char === ')' || char === ']') {
      depth--
      if (depth < 0) return null
    } else if (char === separator && depth === 0 && pieces.length < limit - 1) {
      pieces.push(text.slice(start, index))
      start = index + 1
    }
  }
  if (quote || depth !== 0) return null
  pieces.push(text.slice(start))
  return pieces
}

/** Undo CSS escapes (`\6a`, `\:`), so checks see what the browser sees. */
function unescapeCss(value: string): string {
  return value.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gis, (_, hex: string | undefined, char: string | undefined) => {
    if (hex) {
      const code = Number.parseInt(hex, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return char ?? ''
  })
}

/** Whether every URL inside a CSS value is one we allow for images. */
function hasSafeUrls(value: string): boolean {
  for (const match of value.matchAll(/\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)) {
    const url = match[1] ?? match[2] ?? match[3] ?? ''
    if (cleanUrl(url, 'image') === null) return false
  }
  // `image-set()` and `src()` take plain strings as URLs.
  if (/\b(?:image-set|src)\(/i.test(value)) {
    for (const match of value.matchAll(/"([^"]*)"|'([^']*)'/g)) {
      if (cleanUrl(match[1] ?? match[2] ?? '', 'image') === null) return false
    }
  }
  return true
}

/**
 * Clean one declaration value.
 *
 * @param property
 *   The CSS property it is for (`background-color`, `--paginate`).
 * @param value
 *   The value as written; only the part before a top-level `;` counts.
 * @returns
 *   The cleaned value, or null when nothing safe is left.
 */
export function cleanCssValue(property: string, value: string): string | null {
  const first = splitTopLevel(value, ';')?.[0]
  if (first === undefined) return null
  let cleaned = first.replace(/!\s*important\s*$/i, '').trim()
  if (!cleaned || !propertyName.test(property)) return null
  const plain = unescapeCss(cleaned)
  const name = property.toLowerCase()
  if (forbiddenProperties.has(name) || forbiddenValue.test(plain) || !hasSafeUrls(plain)) return null
  if (name === 'position' && /^fixed$/i.test(plain.trim())) return null
  // Newlines would end the value in a serialised style attribute.
  cleaned = cleaned.replace(/[\r\n\f]+/g, ' ')
  return cleaned
}

/**
 * Clean a `style` attribute.
 *
 * @param style
 *   Declarations as written (`color: red; position: fixed`).
 * @returns
 *   The declarations that are safe, in order; later duplicates win, as in CSS.
 */
export function parseDeclarations(style: string): Declaration[] {
  const result = new Map<string, Declaration>()
  for (const piece of splitTopLevel(style, ';') ?? []) {
    const [rawName, rawValue] = splitTopLevel(piece, ':', 2) ?? []
    if (rawName === undefined || rawValue === undefined) continue
    const trimmed = rawName.trim()
    const property = trimmed.startsWith('--') ? trimmed : trimmed.toLowerCase()
    const value = cleanCssValue(property, rawValue)
    if (value === null) continue
    result.delete(property)
    result.set(property, { property, value })
  }
  return [...result.values()]
}

/**
 * Clean a `style` attribute to text.
 *
 * @param style
 *   Declarations as written.
 * @returns
 *   `prop:value;prop:value` with only the safe declarations (possibly empty).
 */
export function cleanStyle(style: string): string {
  return parseDeclarations(style)
    .map((declaration) => `${declaration.property}:${declaration.value}`)
    .join(';')
}

/**
 * A CSS `url("…")` for an image URL, or null when the URL is not allowed.
 *
 * @param url
 *   The URL as written.
 */
export function cssUrl(url: string): string | null {
  const clean = cleanUrl(url, 'image')
  if (clean === null || clean === '') return null
  return `url("${clean.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]/g, '')}")`
}
