import { describe, expect, test } from 'vitest'
import fontsCss from '../../themes/awesome/fonts.css?raw'
import { bundledFamilies, facesToPreload, rangeCovers } from './preload-faces.ts'

describe('rangeCovers', () => {
  test('should read ranges, single code points and wildcards as Chromium writes them', () => {
    expect(rangeCovers('U+0-FF, U+131, U+152-153', 0x61)).toBe(true)
    expect(rangeCovers('U+0-FF, U+131, U+152-153', 0x131)).toBe(true)
    expect(rangeCovers('U+0-FF, U+131, U+152-153', 0x400)).toBe(false)
    expect(rangeCovers('U+4??', 0x4ff)).toBe(true)
    expect(rangeCovers('U+E000-F8FF', 0xf0c1)).toBe(true)
    expect(rangeCovers('nonsense', 0x61)).toBe(false)
  })
})

describe('facesToPreload', () => {
  test('should pick the Latin and icon parts of the bundled faces only', () => {
    const faces = [
      { family: 'Charm', unicodeRange: 'U+0-FF, U+131' },
      { family: 'Charm', unicodeRange: 'U+301, U+400-45F' },
      { family: '"Fira Code"', unicodeRange: 'U+0-FF' },
      { family: 'Lectern Awesome Icons', unicodeRange: 'U+E000-F8FF' },
      { family: 'KaTeX_Main', unicodeRange: 'U+0-10FFFF' },
    ]
    expect(facesToPreload(faces)).toEqual([faces[0], faces[2], faces[3]])
  })

  test('should name the families the bundled font CSS declares (itself, or the packages it imports)', () => {
    const imported: Record<string, string> = { Charm: '@fontsource/charm/', 'Fira Code': '@fontsource/fira-code/' }
    for (const family of bundledFamilies) {
      if (imported[family]) expect(fontsCss).toContain(`@import '${imported[family]}`)
      else expect(fontsCss).toContain(`font-family: '${family}'`)
    }
  })
})
