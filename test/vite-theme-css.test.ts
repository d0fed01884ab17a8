import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import postcss from 'postcss'
import { describe, expect, test } from 'vitest'
import { minifyThemeCss } from '../scripts/vite-theme-css.ts'
import { readThemeMeta } from '../src/themes/theme-meta.ts'

const folder = resolve(import.meta.dirname, '../src/themes')
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.css'))

/** Every rule's selector and every declaration, as a list, with whitespace runs made one space. */
function shape(css: string): string[] {
  const out: string[] = []
  const space = (text: string) => text.replace(/\s+/g, ' ').trim()
  postcss.parse(css).walk((node) => {
    if (node.type === 'rule') out.push(`rule ${space(node.selector)}`)
    else if (node.type === 'atrule') out.push(`@${node.name} ${space(node.params)}`)
    else if (node.type === 'decl') out.push(`${node.prop}: ${space(node.value)}${node.important ? ' !important' : ''}`)
  })
  return out
}

describe('minified theme CSS', () => {
  test.each(files)('%s keeps its rules, declarations and theme metadata', (name) => {
    const css = readFileSync(resolve(folder, name), 'utf8')
    const minified = minifyThemeCss(css)
    expect(shape(minified)).toEqual(shape(css))
    expect(readThemeMeta(minified)).toEqual(readThemeMeta(css))
  })

  test('should drop comments and collapse whitespace but keep strings as written', () => {
    const css = `/* @theme t */\n/* a note */\nsection  >  h1 {\n  content: "a  /* b */  c";\n  margin : 0 ;\n}\n`
    expect(minifyThemeCss(css)).toBe('/* @theme t */ section > h1{content: "a  /* b */  c";margin : 0;}')
  })

  test('should make the Awesome base CSS at least a quarter smaller', () => {
    const css = readFileSync(resolve(folder, 'awesome/base.css'), 'utf8')
    expect(minifyThemeCss(css).length).toBeLessThan(css.length * 0.75)
  })
})
