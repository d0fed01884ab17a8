/**
 * Which parts of LXGW WenKai (the Awesome themes' CJK faces, split into 97
 * parts each by `unicode-range`) the bundled decks need, so the offline app
 * precaches those and not all 14 MB: every part covering a character of a
 * deck in the regular face, in bold only characters set bold (strong text,
 * table headers), in the Mono face only characters in code. Other parts are
 * fetched, and kept, when some deck's text needs them online.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { rangeCovers } from '../src/views/print/preload-faces.ts'

/** The package's stylesheets fonts.css imports, and which text of a deck each face draws. */
const faces = [
  { css: 'lxgwwenkai-regular.css', text: (markdown: string) => markdown },
  { css: 'lxgwwenkai-bold.css', text: boldText },
  { css: 'lxgwwenkaimono-regular.css', text: codeText },
] as const

/** Text set bold in a deck, roughly: `**strong**`, `__strong__`, `<strong>`/`<b>`, table header rows. */
export function boldText(markdown: string): string {
  const spans = markdown.matchAll(/\*\*(.+?)\*\*|__(.+?)__|<(?:strong|b)\b[^>]*>([\s\S]*?)<\/(?:strong|b)>/g)
  const headers = markdown.matchAll(/^(.*\|.*)\n\s*\|?\s*:?-{3,}/gm)
  return [...spans, ...headers].map((match) => match.slice(1).join('')).join('')
}

/** Text in code in a deck, roughly: fenced blocks and `inline code`. */
export function codeText(markdown: string): string {
  return [...markdown.matchAll(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1|`([^`\n]+)`/gm)]
    .map((match) => (match[2] ?? '') + (match[3] ?? ''))
    .join('')
}

/** `@font-face` parts of one stylesheet: the file's base name (`lxgwwenkai-bold-subset-12`) and its range. */
function parts(cssPath: string): { name: string; range: string }[] {
  const css = readFileSync(cssPath, 'utf8')
  return [...css.matchAll(/url\('\.\/files\/([\w-]+)\.woff2'\)[^}]*?unicode-range:\s*([^;}]+)/g)].map((match) => ({
    name: match[1]!,
    range: match[2]!,
  }))
}

/** The parts (file base names) the given decks' text needs. */
export function neededParts(decks: readonly string[]): Set<string> {
  const folder = dirname(createRequire(import.meta.url).resolve('lxgw-wenkai-webfont/package.json'))
  const needed = new Set<string>()
  for (const face of faces) {
    const codePoints = new Set<number>()
    for (const markdown of decks) {
      for (const char of face.text(markdown)) if (char.codePointAt(0)! > 0x7f) codePoints.add(char.codePointAt(0)!)
    }
    for (const part of parts(join(folder, face.css))) {
      if ([...codePoints].some((codePoint) => rangeCovers(part.range, codePoint))) needed.add(part.name)
    }
  }
  return needed
}

/** Whether a built file is a LXGW WenKai part the decks do not need (`assets/lxgwwenkai-bold-subset-12-Hash.woff2`). */
export function isUnneededPart(url: string, needed: ReadonlySet<string>): boolean {
  const part = /(lxgwwenkai(?:mono)?-\w+-subset-\d+)-[\w-]+\.woff2$/.exec(url)?.[1]
  return part !== undefined && !needed.has(part)
}
