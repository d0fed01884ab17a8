/**
 * How one line of Markdown opens a block, as CommonMark (and markdown-it)
 * read it: the patterns and small readers the block scanner (scan-blocks.ts)
 * tests each line with.
 */

export const blankLine = /^[ \t]*$/
/** First characters (after up to 3 spaces) that can start a block or a setext underline or table row. */
export const mayStartBlock = /^(?: {0,3}[-*_+=#`~$<>|:0-9]| {4}|[ \t]*$)/
export const thematicBreak = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
export const setextH2 = /^-+[ \t]*$/
export const setextH1 = /^=+[ \t]*$/
export const atxHeading = /^(#{1,6})(?:[ \t]|$)/
export const fenceOpen = /^(`{3,}|~{3,})(.*)$/
export const listItem = /^([*+-]|(\d{1,9})[.)])([ \t]+|$)/
export const definition = /^\[(?:[^\]\\]|\\.)+\]:/
export const tableDelimiter = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

const htmlRaw = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i
const htmlBlockNames =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|' +
  'dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|' +
  'header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|' +
  'param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'
const htmlBlock = new RegExp(`^</?(?:${htmlBlockNames})(?:[ \\t>]|/>|$)`, 'i')
const htmlTag =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/

/** Expand tabs to spaces (tab stops of 4), which is all the scanner needs of them. */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line
  let out = ''
  for (const ch of line) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch
  return out
}

export function indentOf(text: string): number {
  let i = 0
  while (text.charCodeAt(i) === 32) i++
  return i
}

export function countCells(row: string): number {
  const trimmed = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return trimmed.split(/(?<!\\)\|/).length
}

/** Start of an HTML block: its end condition, or null when a blank line ends it. */
export function htmlStart(text: string, interruptsParagraph: boolean): { end: RegExp | null } | undefined {
  if (htmlRaw.test(text)) return { end: /<\/(?:script|pre|style|textarea)>/i }
  if (text.startsWith('<!--')) return { end: /-->/ }
  if (text.startsWith('<?')) return { end: /\?>/ }
  if (text.startsWith('<![CDATA[')) return { end: /\]\]>/ }
  if (/^<![A-Za-z]/.test(text)) return { end: />/ }
  if (htmlBlock.test(text)) return { end: null }
  if (!interruptsParagraph && htmlTag.test(text)) return { end: null }
  return undefined
}

/**
 * Whether a line (container prefixes removed) starts a block.
 *
 * @param inParagraph The line would continue an open paragraph of its own
 *   container: then an ordered item must start at 1, an item must not be
 *   empty, and a bare tag line (HTML type 7) does not start a block.
 */
export function startsBlock(text: string, inParagraph: boolean): boolean {
  if (indentOf(text) >= 4) return false
  const t = text.trimStart()
  if (t.startsWith('>') || thematicBreak.test(t) || atxHeading.test(t)) return true
  if (fenceOpen.test(t) || t.startsWith('$$') || htmlStart(t, true)) return true
  const item = listItem.exec(t)
  if (!item) return false
  if (!inParagraph) return true
  return (item[2] === undefined || item[2] === '1') && !blankLine.test(t.slice(item[0].length))
}
