import postcss, { type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import callouts from './callouts.css?raw'
import layouts from './layouts.css?raw'
import lists from './lists.css?raw'

/** One selector of a rule, split into the slide classes it names and the part after the slide. */
interface SlideSelector {
  classes: string[]
  rest: string
  rule: Rule
}

/**
 * Selectors that start with the slide (`section.a …`, `section:is(.a, .b) …`),
 * each with the classes its `section` compound requires (any one of them for `:is`).
 */
function slideSelectors(css: string): SlideSelector[] {
  const found: SlideSelector[] = []
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors) {
      const match = /^section((?:\.[\w-]+)+|:is\(([^)]*)\))?(.*)$/s.exec(selector.trim())
      if (!match) continue
      const compound = match[2] ?? match[1] ?? ''
      const classes = [...compound.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!)
      found.push({ classes, rest: match[3]!.trim(), rule })
    }
  })
  return found
}

/** Values of `property` in rules whose slide compound names `slideClass` and whose rest is `rest`. */
function valuesFor(css: string, slideClass: string, rest: string, property: string): string[] {
  return slideSelectors(css)
    .filter((item) => item.classes.includes(slideClass) && item.rest === rest)
    .flatMap((item) => item.rule.nodes.filter((node) => node.type === 'decl' && node.prop === property))
    .map((decl) => (decl as postcss.Declaration).value)
}

/**
 * The grid area a container class is placed in on a layout's slide
 * (`section > :is(.ldiv, .limg) { grid-area: left }`, or a rule of that layout).
 */
function areaOf(container: string, layout: string): string | undefined {
  for (const item of slideSelectors(layouts).reverse()) {
    if ((item.classes.length > 0 && !item.classes.includes(layout)) || !item.rest.startsWith('>')) continue
    const names = [...item.rest.matchAll(/\.([\w-]+)/g)].map((m) => m[1])
    const decl = item.rule.nodes.find((node) => node.type === 'decl' && node.prop === 'grid-area')
    if (decl && names.includes(container)) return (decl as postcss.Declaration).value
  }
  return undefined
}

/** Area names of the last `grid-template-areas` a layout class sets on the slide. */
function areasOf(layout: string): Set<string> {
  const value = valuesFor(layouts, layout, '', 'grid-template-areas').at(-1) ?? ''
  return new Set(value.replace(/['"]/g, ' ').split(/\s+/).filter(Boolean))
}

describe('Awesome page layouts', () => {
  // Containers each layout is written with (spec 4.3, 4.12, 4.13, 5).
  const used: Record<string, string[]> = {
    'cols-2': ['ldiv', 'rdiv', 'limg', 'rimg'],
    'cols-2-64': ['ldiv', 'rdiv', 'limg', 'rimg'],
    'cols-2-73': ['ldiv', 'rdiv', 'limg', 'rimg'],
    'cols-2-46': ['ldiv', 'rdiv', 'limg', 'rimg'],
    'cols-2-37': ['ldiv', 'rdiv', 'limg', 'rimg'],
    'cols-3': ['ldiv', 'mdiv', 'rdiv', 'limg', 'mimg', 'rimg'],
    'rows-2': ['tdiv', 'bdiv', 'timg', 'bimg'],
    'pin-3': ['tdiv', 'timg', 'ldiv', 'rdiv', 'limg', 'rimg'],
    fixedtitleB: ['div'],
    footnote: ['tdiv', 'bdiv'],
  }

  it.each(Object.entries(used))(
    'should give every container of %s a grid area the layout has',
    (layout, containers) => {
      const areas = areasOf(layout)
      expect(areas.size).toBeGreaterThan(0)
      for (const container of containers)
        expect([container, areas.has(areaOf(container, layout) ?? '')]).toEqual([container, true])
    },
  )

  it.each([
    ['cols-2', [50, 50]],
    ['cols-2-64', [60, 40]],
    ['cols-2-73', [70, 30]],
    ['cols-2-46', [40, 60]],
    ['cols-2-37', [30, 70]],
  ] as const)('should split %s into columns of %j percent', (layout, split) => {
    const columns = valuesFor(layouts, layout, '', 'grid-template-columns').at(-1) ?? ''
    expect(columns.split(/\s+/).map((track) => Number.parseFloat(track))).toEqual(split)
  })
})

describe('Awesome list layouts', () => {
  const sources = [lists, layouts]

  it.each([
    ['col1_ol_sq', 'col1_ul_sq'],
    ['col1_ol_ci', 'col1_ul_ci'],
    ['cols2_ul_sq', 'cols_ul_sq'],
    ['cols2_ul_ci', 'cols_ul_ci'],
  ])('should style the alias %s wherever it styles %s', (target, alias) => {
    const naming = sources.flatMap(slideSelectors).filter((item) => item.classes.includes(target))
    expect(naming.length).toBeGreaterThan(0)
    expect(naming.filter((item) => !item.classes.includes(alias)).map((item) => item.rule.selector)).toEqual([])
  })
})

describe('Awesome callouts', () => {
  // Title bar colours and Font Awesome solid icons (spec 4.6), the same in every palette.
  it.each([
    ['bq-blue', '#81a1c1', 'f518'],
    ['bq-red', '#bf616a', 'f0eb'],
    ['bq-green', '#acce8d', 'e0bb'],
    ['bq-purple', '#b48ead', 'f7e4'],
    ['bq-black', '#434c5e', 'f5ad'],
  ])('should give %s a %s title bar with icon U+%s', (name, colour, icon) => {
    expect(valuesFor(callouts, name, '', '--am-callout-bar')).toEqual([colour])
    expect(valuesFor(callouts, name, '', '--am-callout-icon')).toEqual([`'\\${icon}'`])
    const bar = slideSelectors(callouts).find(
      (item) => item.classes.includes(name) && item.rest === 'blockquote > p:first-child',
    )
    const background = bar?.rule.nodes.find((node) => node.type === 'decl' && node.prop === 'background')
    expect((background as postcss.Declaration | undefined)?.value).toBe('var(--am-callout-bar)')
  })
})
