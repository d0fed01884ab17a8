import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { boldText, codeText, interleavedFaces, isUnneededPart, neededParts } from '../scripts/font-parts.ts'

const seed = readFileSync(new URL('../decks/seed-bert.md', import.meta.url), 'utf8')

describe('the LXGW WenKai parts the offline app keeps', () => {
  it('should find bold and code text in Markdown', () => {
    expect(boldText('a **双向** b __粗__ <b>体</b> c')).toBe('双向粗体')
    expect(codeText('x `码（）` y\n```js\n// 注释\n```\n')).toBe('码（）// 注释\n')
  })

  it('should keep the regular parts of the seed deck, and only the bold parts its strong text needs', () => {
    const needed = neededParts([seed])
    const regular = [...needed].filter((name) => name.startsWith('lxgwwenkai-regular-'))
    const bold = [...needed].filter((name) => name.startsWith('lxgwwenkai-bold-'))
    expect(regular.length).toBeGreaterThan(5)
    expect(bold.length).toBeGreaterThan(0)
    expect(bold.length).toBeLessThan(regular.length)
    // Its inline code holds full-width brackets: some Mono part.
    expect([...needed].some((name) => name.startsWith('lxgwwenkaimono-regular-'))).toBe(true)
    // Not every part: the seed does not use all 97.
    expect(regular.length).toBeLessThan(97)
  })

  it('should drop only LXGW WenKai parts not needed', () => {
    const needed = new Set(['lxgwwenkai-regular-subset-12'])
    expect(isUnneededPart('assets/lxgwwenkai-regular-subset-12-AbC_1.woff2', needed)).toBe(false)
    expect(isUnneededPart('assets/lxgwwenkai-regular-subset-13-AbC_1.woff2', needed)).toBe(true)
    expect(isUnneededPart('assets/lxgwwenkaimono-regular-subset-12-AbC_1.woff2', needed)).toBe(true)
    expect(isUnneededPart('assets/fira-code-latin-400-normal-x1.woff2', needed)).toBe(false)
  })
})

describe('the LXGW WenKai rules in the app stylesheet', () => {
  const fontsPath = fileURLToPath(new URL('../src/themes/awesome/fonts.css', import.meta.url))
  const source = readFileSync(fontsPath, 'utf8')
  const transform = interleavedFaces().transform as (code: string, id: string) => { code: string } | null

  it('should replace the package imports by their rules, part by part, each file on disk', () => {
    const css = transform(source, fontsPath)!.code
    expect(css).not.toContain("@import 'lxgw-wenkai-webfont/")
    // The other imports stay, ahead of every rule.
    expect(css.indexOf("@import '@fortawesome")).toBeLessThan(css.indexOf('@font-face'))
    const rules = [...css.matchAll(/@font-face\s*{[^}]*url\('([^']+lxgw[^']+)'\)[^}]*unicode-range:\s*([^;}]+)/g)]
    expect(rules).toHaveLength(3 * 97)
    for (const [, url] of rules) expect(existsSync(resolve(dirname(fontsPath), url!))).toBe(true)
    // Regular, bold and Mono of one part follow each other, with the same range.
    const [regular, bold, mono] = rules.slice(0, 3).map(([, url, range]) => {
      const [, face, part] = /(lxgw\w+-\w+)-subset-(\d+)/.exec(url!)!
      return { face, part, range }
    })
    expect([regular!.face, bold!.face, mono!.face]).toEqual([
      'lxgwwenkai-regular',
      'lxgwwenkai-bold',
      'lxgwwenkaimono-regular',
    ])
    expect(new Set([regular!.part, bold!.part, mono!.part]).size).toBe(1)
    expect(new Set([regular!.range, bold!.range, mono!.range]).size).toBe(1)
  })

  it('should leave other stylesheets alone', () => {
    expect(transform('@import "x.css";', '/x/y.css')).toBeNull()
    expect(transform(source, `${fontsPath}.ts`)).toBeNull()
  })
})
