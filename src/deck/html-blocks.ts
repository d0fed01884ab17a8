/**
 * Marp's two kinds of HTML that are not content: comments (directives and
 * notes) and `<style>` blocks (deck CSS).
 */

/**
 * The content of an HTML comment node: the text between the first `<!--` and
 * the first `-->` after it, trimmed; `''` for an unterminated comment (which
 * swallowed the rest of its container); null when the node is not a comment.
 *
 * Notes: text after the first `-->` on the closing line is dropped, as Marp
 * does, so `<!-- a --> <!-- b -->` is the single comment `a`.
 */
export function analyseComment(html: string): string | null {
  const value = html.trimStart()
  if (!value.startsWith('<!--')) return null
  const end = value.indexOf('-->', 4)
  if (end === -1) return ''
  return value.slice(4, end).replace(/^-+/, '').replace(/-+$/, '').trim()
}

/**
 * A `<style>` block: its CSS and whether it is `scoped`; null for any other
 * HTML, and for a `<style>` that is never closed (Marp leaves that as raw HTML).
 */
export function analyseStyle(html: string): { css: string; scoped: boolean } | null {
  const open = /^<style(?=[\s>]|$)([^>]*)>?/i.exec(html.trimStart())
  if (!open) return null
  const rest = html.trimStart().slice(open[0].length)
  const close = rest.search(/<\/style>/i)
  if (close === -1) return null
  return {
    css: rest.slice(0, close).replace(/^\n/, ''),
    scoped: /(?:^|\s)scoped(?:[\s=]|$)/i.test(open[1] ?? ''),
  }
}
