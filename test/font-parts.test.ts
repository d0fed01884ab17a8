import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { boldText, codeText, isUnneededPart, neededParts } from '../scripts/font-parts.ts'

const seed = readFileSync(new URL('../decks/seed-bert.md', import.meta.url), 'utf8')

describe('the LXGW WenKai parts the offline app keeps', () => {
  it('should find bold and code text in Markdown', () => {
    expect(boldText('a **双向** b __粗__ <b>体</b> c')).toBe('双向粗体')
    expect(boldText('| 封面 | 目录 |\n| --- | --- |\n| 正文 | x |')).toContain('封面')
    expect(boldText('| 封面 | 目录 |\n| --- | --- |\n| 正文 | x |')).not.toContain('正文')
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
