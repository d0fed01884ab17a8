import postcss, { type Root, type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import amBlue from '../am_blue.css?raw'
import amBrown from '../am_brown.css?raw'
import amDark from '../am_dark.css?raw'
import amGreen from '../am_green.css?raw'
import amPurple from '../am_purple.css?raw'
import amRed from '../am_red.css?raw'
import { themeCss } from '../registry.ts'
import fontsCss from './fonts.css?raw'
import { awesomeTemplateCss } from './template.ts'

const palettes = {
  am_blue: amBlue,
  am_brown: amBrown,
  am_dark: amDark,
  am_green: amGreen,
  am_purple: amPurple,
  am_red: amRed,
}
const container = '[data-lectern-deck]'

/** Custom properties read through `var(--am-…)` anywhere in the CSS. */
function usedVariables(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--am-[\w-]+)/g)].map((match) => match[1]!))
}

/** Custom properties `--am-…` declared anywhere in the CSS. */
function declaredVariables(root: Root): Set<string> {
  const names = new Set<string>()
  root.walkDecls(/^--am-/, (decl) => {
    names.add(decl.prop)
  })
  return names
}

describe('Awesome palettes', () => {
  const template = postcss.parse(awesomeTemplateCss)
  const fromTemplate = declaredVariables(template)
  const needed = [...usedVariables(awesomeTemplateCss)].filter((name) => !fromTemplate.has(name))

  it('should leave the colours to the palettes', () => {
    // The roles of section 7 of the spec that the template reads without defining.
    expect(needed).toEqual(
      expect.arrayContaining(['--am-main', '--am-much', '--am-coverbg', '--am-title', '--am-footer']),
    )
  })

  it.each(Object.entries(palettes))('should define in %s every palette variable the template reads', (_name, css) => {
    const defined = declaredVariables(postcss.parse(css))
    expect(needed.filter((name) => !defined.has(name))).toEqual([])
  })

  it.each(Object.entries(palettes))('should define in %s only variables the template reads', (_name, css) => {
    const used = usedVariables(awesomeTemplateCss)
    expect([...declaredVariables(postcss.parse(css))].filter((name) => !used.has(name))).toEqual([])
  })

  it('should give brown no quote tint and the others the peach one', () => {
    const quote = (css: string) => /--am-quote:\s*([^;]+);/.exec(css)?.[1]
    expect(quote(amBrown)).toBe('transparent')
    for (const css of [amBlue, amDark, amGreen, amPurple, amRed]) expect(quote(css)).toBe('rgba(254, 176, 98, 0.1)')
  })
})

describe('Awesome page badge', () => {
  const root = postcss.parse(themeCss('am_blue', { container, scaffold: false }))
  const badge = root.nodes.find(
    (node): node is Rule => node.type === 'rule' && node.selector === `${container} section::after`,
  )

  it('should read "N » total" from the slide number, a chevron, and the total', () => {
    let content = ''
    badge?.walkDecls('content', (decl) => {
      content = decl.value
    })
    expect(content).toBe("attr(data-marpit-pagination) '\\f101' attr(data-marpit-pagination-total)")
  })

  it('should set the digits in a text face, the icon family only after it', () => {
    let family = ''
    badge?.walkDecls('font-family', (decl) => {
      family = decl.value
    })
    expect(family.indexOf('--am-font-title')).toBeGreaterThanOrEqual(0)
    expect(family.indexOf('--am-font-icons')).toBeGreaterThan(family.indexOf('--am-font-title'))
  })
})

describe('Awesome fonts', () => {
  const fonts = postcss.parse(fontsCss)
  // The package files on disk, as Vite sees them (keys are paths relative to this file).
  const onDisk = import.meta.glob(
    [
      '../../../node_modules/@fontsource/{charm,fira-code}/*.css',
      '../../../node_modules/lxgw-wenkai-webfont/*.css',
      '../../../node_modules/computer-modern/fonts/*.woff2',
      '../../../node_modules/@fortawesome/fontawesome-free/css/*.css',
      '../../../node_modules/@fortawesome/fontawesome-free/webfonts/*.woff2',
    ],
    { query: '?url', import: 'default', eager: true },
  )

  it('should load every font from a bundled package, none from the network', () => {
    expect(fontsCss).not.toMatch(/https?:/)
    const imports: string[] = []
    fonts.walkAtRules('import', (atRule) => {
      imports.push(atRule.params.replace(/^['"]|['"]$/g, ''))
    })
    expect(imports).toEqual(
      expect.arrayContaining([
        'lxgw-wenkai-webfont/lxgwwenkai-regular.css',
        'lxgw-wenkai-webfont/lxgwwenkaimono-regular.css',
        '@fontsource/charm/700.css',
        '@fontsource/fira-code/400.css',
        '@fortawesome/fontawesome-free/css/all.min.css',
      ]),
    )
    for (const path of imports) expect(Object.keys(onDisk)).toContain(`../../../node_modules/${path}`)
    const urls: string[] = []
    fonts.walkDecls('src', (decl) => {
      for (const [, url] of decl.value.matchAll(/url\(['"]?([^'")]+)/g)) urls.push(url!)
    })
    expect(urls).toHaveLength(3)
    for (const url of urls) expect(Object.keys(onDisk)).toContain(url)
  })

  it('should keep the theme icon faces off digits and letters (private use area only)', () => {
    const faces: string[] = []
    fonts.walkAtRules('font-face', (face) => {
      let family = ''
      let range = ''
      face.walkDecls((decl) => {
        if (decl.prop === 'font-family') family = decl.value
        if (decl.prop === 'unicode-range') range = decl.value
      })
      if (family.includes('Lectern Awesome')) faces.push(range)
    })
    expect(faces).toEqual(['U+E000-F8FF', 'U+E000-F8FF'])
  })

  it('should set body text in the bundled faces, with a Kai face each system ships, then the Linux Noto fallback', () => {
    const main = /--am-font-main:([^;]+);/.exec(awesomeTemplateCss)?.[1] ?? ''
    // The bundled Latin and CJK faces stand first in their parts of the stack.
    expect(main.indexOf("'CMU Serif'")).toBeLessThan(main.indexOf("'Liberation Serif'"))
    expect(main.indexOf("'LXGW WenKai'")).toBeLessThan(main.indexOf('KaiTi'))
    // Windows, macOS, Linux (fonts-arphic-ukai), then Noto (fonts-noto-cjk).
    for (const family of ['KaiTi', 'STKaiti', "'AR PL UKai'", "'Noto Serif CJK SC'"]) expect(main).toContain(family)
    expect(main.indexOf("'Noto Serif CJK SC'")).toBeGreaterThan(main.indexOf('KaiTi'))
    // Latin text must not be set in a CJK face's Latin glyphs.
    expect(main.indexOf("'Liberation Serif'")).toBeLessThan(main.indexOf('KaiTi'))
  })
})
