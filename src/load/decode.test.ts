import { beforeAll, describe, expect, it } from 'vitest'
import { cjkScore, decodeDeckBytes, gbScore } from './decode.ts'
import { LoadProblem } from './problems.ts'

// Fixtures written by iconv (GBK, Shift_JIS) and printf (Latin-1). This file is type-checked with the
// browser app, without Node's types: Node's `fs` is loaded by a name TypeScript does not resolve.
let readFile: (url: URL) => Uint8Array
beforeAll(async () => {
  const fs = (await import(/* @vite-ignore */ ['node', 'fs'].join(':'))) as { readFileSync: (url: URL) => Uint8Array }
  readFile = fs.readFileSync
})
const fixture = (name: string) => new Uint8Array(readFile(new URL(`../../e2e/decks/open-bad/${name}`, import.meta.url)))

describe('decodeDeckBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const text = '# 你好 café'
    expect(decodeDeckBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(decodeDeckBytes(bom)).toEqual({ text, encoding: 'utf-8' })
  })

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x60, 0x4f])
    expect(decodeDeckBytes(bytes)).toEqual({ text: '# 你', encoding: 'utf-16le' })
  })

  it('reads a GBK Chinese deck (written by iconv) as GB 18030', () => {
    const decoded = decodeDeckBytes(fixture('gbk-chinese.md'))
    expect(decoded.encoding).toBe('gb18030')
    expect(decoded.text).toContain('# 你好，世界')
    expect(decoded.text).toContain('这是一份用 GBK 编码保存的幻灯片。')
  })

  it('reads a Shift_JIS Japanese deck (written by iconv) as Shift_JIS', () => {
    const decoded = decodeDeckBytes(fixture('sjis-japanese.md'))
    expect(decoded.encoding).toBe('shift_jis')
    expect(decoded.text).toContain('# こんにちは世界')
    expect(decoded.text).toContain('- りんご')
  })

  it('refuses text that is neither UTF-8 nor plausibly GBK or Shift_JIS (Latin-1 here)', () => {
    expect(() => decodeDeckBytes(fixture('latin1.md'))).toThrow(LoadProblem)
    try {
      decodeDeckBytes(fixture('latin1.md'))
    } catch (error) {
      expect((error as LoadProblem).code).toBe('encoding')
    }
  })
})

describe('plausibility scores', () => {
  it('gbScore is high for GBK Chinese and low for Shift_JIS Japanese', () => {
    expect(gbScore(fixture('gbk-chinese.md'))).toBe(1)
    expect(gbScore(fixture('sjis-japanese.md'))).toBeLessThan(0.5)
  })
  it('cjkScore counts half-width katakana as implausible', () => {
    expect(cjkScore('ｱｲｳ')).toBe(0)
    expect(cjkScore('あい漢字')).toBe(1)
    expect(cjkScore('plain')).toBe(0)
  })
})
