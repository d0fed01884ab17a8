/**
 * The font families Lectern's own page asks for are the ones a deck may not
 * declare with `@font-face` (src/themes/clean-css.ts): a face of that name
 * would draw the app's text, and its `unicode-range` would tell a server
 * which characters the app shows.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reservedFontFamilies } from '../src/themes/clean-css.ts'

const src = join(import.meta.dirname, '../src')

describe('font families the app keeps for itself', () => {
  it('should reserve every family the app’s own CSS asks for', () => {
    const files = (readdirSync(src, { recursive: true }) as string[])
      // Diagrams are a slide's content: a deck's own Inter face may draw their labels, as in Marp.
      .filter((file) => file.endsWith('.css') && !file.startsWith('themes') && !file.endsWith('diagrams.css'))
      .map((file) => join(src, file))
    expect(files.length).toBeGreaterThan(3)
    const families = new Set<string>()
    for (const file of files) {
      for (const [, prop, value] of readFileSync(file, 'utf8').matchAll(/(font(?:-family)?):([^;}]+)/g)) {
        if (/^\s*inherit\s*$/.test(value!)) continue
        const list = value!.split(',')
        // `font: 600 11px/1.5 a, b`: the first family is the last word before the comma.
        if (prop === 'font') list[0] = /(?:"[^"]*"|'[^']*'|[^\s"']+)\s*$/.exec(list[0]!)?.[0] ?? ''
        for (const family of list)
          families.add(
            family
              .trim()
              .replace(/^["']|["']$/g, '')
              .toLowerCase(),
          )
      }
    }
    expect(families.size).toBeGreaterThan(0)
    for (const family of families) expect(reservedFontFamilies, family).toContain(family)
  })
})
