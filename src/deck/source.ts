/**
 * Reading the raw file: line endings, BOM, NUL bytes, and Marp's front matter.
 *
 * Marp's front matter rule is stricter and odder than a generic front matter
 * plugin's, so it is implemented here directly.
 */

/** Text split into its front matter (if any) and the Markdown body after it. */
export interface SourceParts {
  /** YAML text of the front matter, or null when the file has none. */
  frontMatter: string | null
  /** The whole front matter block as written, opener and closer lines included. */
  frontMatterBlock: string | null
  /** Whether the front matter never closed (then it swallowed the whole file). */
  frontMatterUnclosed: boolean
  /** The Markdown body. */
  body: string
  /** 0-based line of the body's first line in the normalised text. */
  bodyLine: number
}

/**
 * Normalise line endings to LF, drop a leading BOM and replace NUL with U+FFFD
 * (CommonMark's rule for NUL, applied before anything else looks at the text).
 */
export function normaliseText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n')
  if (out.includes('\0')) out = out.replaceAll('\0', '\uFFFD')
  return out
}

const opener = /^-{3,}/

/**
 * Split normalised text into front matter and body.
 *
 * Notes: front matter exists only when the very first line starts with three or
 * more dashes. As in Marp, its YAML starts one character after the dashes, so
 * the rest of a `---foo` line is part of it, less its first character. It closes at the first
 * later line of at least as many dashes (trailing spaces allowed, indent < 4)
 * or a `...` line; unclosed, it takes the whole file.
 */
export function splitFrontMatter(text: string): SourceParts {
  const firstEnd = text.indexOf('\n')
  const first = firstEnd === -1 ? text : text.slice(0, firstEnd)
  const open = opener.exec(first)
  if (!open) return { frontMatter: null, frontMatterBlock: null, frontMatterUnclosed: false, body: text, bodyLine: 0 }
  const dashes = open[0].length
  const closer = new RegExp(`^ {0,3}(?:-{${dashes},}|\\.\\.\\.)[ \\t]*$`)
  let lineStart = firstEnd + 1
  let line = 1
  while (firstEnd !== -1 && lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (closer.test(text.slice(lineStart, lineEnd))) {
      return {
        frontMatter: text.slice(dashes + 1, lineStart > dashes + 1 ? lineStart - 1 : lineStart),
        frontMatterBlock: text.slice(0, lineEnd),
        frontMatterUnclosed: false,
        body: lineEnd >= text.length ? '' : text.slice(lineEnd + 1),
        bodyLine: line + 1,
      }
    }
    lineStart = lineEnd + 1
    line++
  }
  // Unclosed: Marp's reader stops before the last line of the file, which it leaves out.
  const lastLine = text.lastIndexOf('\n', text.endsWith('\n') ? text.length - 2 : text.length) + 1
  const yaml = lastLine - 1 > dashes + 1 ? text.slice(dashes + 1, lastLine - 1) : ''
  return { frontMatter: yaml, frontMatterBlock: text, frontMatterUnclosed: true, body: '', bodyLine: line }
}
