/**
 * The parts of LXGW WenKai (the Awesome themes' CJK faces: regular, bold and
 * Mono, 97 parts each by `unicode-range`, in the package's stylesheets):
 *
 * - which ones the bundled decks need, so the offline app precaches those
 *   and not all 14 MB: every part covering a character of a deck in the
 *   regular face, in bold only characters set bold (strong text), in the
 *   Mono face only characters in code. Other parts are
 *   fetched, and kept, when some deck's text needs them online;
 * - a Vite plugin that declares them compactly in the app's stylesheet.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import type { Plugin } from 'vite'
import { rangeCovers } from '../src/views/print/preload-faces.ts'

/** The package's folder. */
const packageFolder = () => dirname(createRequire(import.meta.url).resolve('lxgw-wenkai-webfont/package.json'))

/** The package's stylesheets fonts.css imports, and which text of a deck each face draws. */
const faces = [
  { css: 'lxgwwenkai-regular.css', text: (markdown: string) => markdown },
  { css: 'lxgwwenkai-bold.css', text: boldText },
  { css: 'lxgwwenkaimono-regular.css', text: codeText },
] as const

/** Text set bold in a deck, roughly: `**strong**`, `__strong__`, `<strong>`/`<b>`. */
export function boldText(markdown: string): string {
  const spans = markdown.matchAll(/\*\*(.+?)\*\*|__(.+?)__|<(?:strong|b)\b[^>]*>([\s\S]*?)<\/(?:strong|b)>/g)
  return [...spans].map((match) => match.slice(1).join('')).join('')
}

/** Text in code in a deck, roughly: fenced blocks and `inline code`. */
export function codeText(markdown: string): string {
  return [...markdown.matchAll(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1|`([^`\n]+)`/gm)]
    .map((match) => (match[2] ?? '') + (match[3] ?? ''))
    .join('')
}

/** `@font-face` parts of one stylesheet: the rule, the file's base name (`lxgwwenkai-bold-subset-12`) and its range. */
function parts(cssPath: string): { rule: string; name: string; range: string }[] {
  const css = readFileSync(cssPath, 'utf8')
  return [
    ...css.matchAll(/@font-face\s*{[^}]*?url\('\.\/files\/([\w-]+)\.woff2'\)[^}]*?unicode-range:\s*([^;}]+)[^}]*}/g),
  ].map((match) => ({ rule: match[0], name: match[1]!, range: match[2]! }))
}

/** The parts (file base names) the given decks' text needs. */
export function neededParts(decks: readonly string[]): Set<string> {
  const folder = packageFolder()
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

/**
 * Vite plugin: in the stylesheet that imports the package's three
 * stylesheets (src/themes/awesome/fonts.css, where they are its last
 * imports), put their rules in its place interleaved part by part (regular
 * 1, bold 1, Mono 1, regular 2 …). The three share their long
 * `unicode-range` lists, which gzip then finds a few hundred bytes back:
 * 35 KB gzipped instead of 94 KB. Without the plugin the imports work as
 * they are (tests, other tools).
 */
export function interleavedFaces(): Plugin {
  const imports = /(?:@import 'lxgw-wenkai-webfont\/[\w-]+\.css';\s*)+/
  return {
    name: 'lectern:interleaved-faces',
    enforce: 'pre',
    transform(code, id) {
      const block = id.endsWith('.css') ? imports.exec(code) : null
      if (!block) return null
      const folder = packageFolder()
      const byPart = new Map<string, string[]>()
      for (const [, file] of block[0].matchAll(/lxgw-wenkai-webfont\/([\w-]+\.css)/g)) {
        for (const { rule, name } of parts(join(folder, file!))) {
          const part = name.slice(name.lastIndexOf('-') + 1)
          byPart.set(part, [...(byPart.get(part) ?? []), rule])
        }
      }
      const files = relative(dirname(id), join(folder, 'files')).replaceAll('\\', '/')
      const css = [...byPart.values()].flat().join('\n').replaceAll("url('./files/", `url('${files}/`)
      return { code: code.replace(block[0], `${css}\n`), map: null }
    },
  }
}
