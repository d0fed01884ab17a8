import postcss from 'postcss'
import { afterEach, describe, expect, it } from 'vitest'
import { builtInThemeNames, getTheme, hasTheme, registerTheme, themeCss, unregisterTheme } from './index.ts'
import { adoptScopedThemes, scopeBuiltInThemes } from './registry.ts'

const container = '[data-lectern-deck]'

afterEach(() => {
  for (const name of ['mine', 'child', 'default', 'cyclic']) unregisterTheme(name)
})

describe('built-in themes', () => {
  it.each(builtInThemeNames)('should load %s with its name, sizes and slide size', (name) => {
    const theme = getTheme(name)
    expect(theme?.name).toBe(name)
    expect(theme?.sizes).toEqual({ '16:9': [1280, 720], '4:3': [960, 720] })
    expect([theme?.width, theme?.height]).toEqual([1280, 720])
    expect(theme?.css).toMatch(/@auto-scaling true/)
  })

  it.each(builtInThemeNames)('should parse %s and scope every rule under the container', (name) => {
    const css = themeCss(name, { container, scaffold: false })
    const root = postcss.parse(css)
    let count = 0
    root.walkRules((rule) => {
      if (rule.parent?.type === 'atrule') return
      count++
      for (const selector of rule.selectors) expect(selector.startsWith(`${container} `)).toBe(true)
    })
    expect(count).toBeGreaterThan(20)
  })

  it.each(builtInThemeNames)('should show the page number in %s', (name) => {
    const root = postcss.parse(themeCss(name, { container, scaffold: false }))
    const contents: string[] = []
    root.walkRules((rule) => {
      if (!rule.selectors.includes(`${container} section::after`)) return
      rule.walkDecls('content', (decl) => {
        contents.push(decl.value)
      })
    })
    // The page number, alone or dressed (`N » total` in the Awesome themes).
    expect(contents).toHaveLength(1)
    expect(contents[0]).toContain('attr(data-marpit-pagination)')
  })

  it('should style the classes each theme offers', () => {
    expect(themeCss('default', { container })).toContain(`${container} section.invert`)
    for (const className of ['lead', 'invert', 'gaia']) {
      expect(themeCss('gaia', { container })).toContain(`${container} section.${className}`)
    }
    expect(themeCss('uncover', { container })).toContain(`${container} section.invert`)
  })

  it('should keep hasTheme for built-in names only until others register', () => {
    expect(hasTheme('default')).toBe(true)
    expect(hasTheme('mine')).toBe(false)
  })
})

describe('themeCss', () => {
  it('should start with the scaffold at the theme size', () => {
    const css = themeCss('default', { container })
    const first = postcss.parse(css).first
    expect(first?.type === 'rule' && first.selector).toBe(`${container} section`)
    expect(css).toContain(`${container} section:not([data-marpit-pagination])::after`)
  })

  it('should size slides by a preset', () => {
    const root = postcss.parse(themeCss('gaia', { container, size: '4:3' }))
    const last = root.last
    expect(last?.type === 'rule' && last.toString()).toMatch(/width: 960px; height: 720px/)
  })

  it('should fall back to default for an unknown theme, as Marp does', () => {
    expect(themeCss('nope', { container })).toBe(themeCss('default', { container }))
  })
})

describe('registerTheme', () => {
  it('should register a user theme by its @theme name', () => {
    const theme = registerTheme('/* @theme mine */ section { width: 800px; height: 600px } h1 { color: red }')
    expect(hasTheme('mine')).toBe(true)
    expect(theme).toMatchObject({ name: 'mine', width: 800, height: 600, sizes: {} })
    expect(themeCss('mine', { container, scaffold: false })).toContain(`${container} section h1`)
  })

  it('should inherit sizes and CSS through imports, and drop removed sizes', () => {
    registerTheme(
      "/* @theme child */\n/* @size 4:3 false */\n/* @size square 720px 720px */\n@import 'gaia';\nh1 { color: red }",
    )
    const theme = getTheme('child')
    expect(theme?.sizes).toEqual({ '16:9': [1280, 720], square: [720, 720] })
    expect([theme?.width, theme?.height]).toEqual([1280, 720])
    const css = themeCss('child', { container, scaffold: false })
    expect(css).toContain(`${container} section.lead`)
    expect(css.indexOf(`${container} section.lead`)).toBeLessThan(css.lastIndexOf(`${container} section h1`))
  })

  it('should survive a theme importing itself', () => {
    registerTheme("/* @theme cyclic */ @import 'cyclic'; h1 { color: red }")
    expect(themeCss('cyclic', { container, scaffold: false })).toContain(`${container} section h1`)
  })

  it('should let a user theme replace a built-in one until unregistered', () => {
    registerTheme('/* @theme default */ h1 { color: red }')
    expect(getTheme('default')?.css).toContain('color: red')
    expect(unregisterTheme('default')).toBe(true)
    expect(getTheme('default')?.css).toContain('@theme default')
    expect(getTheme('default')?.css).not.toContain('h1 { color: red }')
  })

  it('should refuse CSS without a name', () => {
    expect(() => registerTheme('h1 { color: red }')).toThrow(/@theme NAME/)
  })
})

describe('built-in themes scoped ahead (the PDF exporter)', () => {
  it('should give a built-in theme the CSS scoped ahead, and the same CSS as scoping it here', () => {
    const ahead = scopeBuiltInThemes(container)
    expect(Object.keys(ahead)).toHaveLength(builtInThemeNames.length + 1)
    const here = themeCss('gaia', { container })
    adoptScopedThemes(Object.fromEntries(Object.entries(ahead).map(([key, css]) => [key, `${css}\n/* taken */`])))
    expect(themeCss('gaia', { container })).toBe(`${here}\n/* taken */`)
    expect(themeCss('gaia', { container, size: '4:3' })).toContain('/* taken */')
    // Registering a theme drops what was taken (it may be imported by a built-in one).
    registerTheme('/* @theme mine */')
    expect(themeCss('gaia', { container })).toBe(here)
  })

  it('should not take CSS scoped ahead while a theme is registered', () => {
    registerTheme('/* @theme mine */')
    adoptScopedThemes(
      Object.fromEntries(Object.entries(scopeBuiltInThemes(container)).map(([key]) => [key, '/* taken */'])),
    )
    expect(themeCss('uncover', { container })).not.toContain('/* taken */')
  })
})
