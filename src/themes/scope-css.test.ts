import postcss, { type AtRule, type Declaration, type Root, type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'
import { convertRem, scopeCss, scopeCssParts, scopeSlideCss } from './scope-css.ts'

const container = '[data-lectern-deck]'
const C = container

/** The scoped CSS, parsed. */
function scope(css: string, options: Partial<Parameters<typeof scopeCss>[1]> = {}): Root {
  return postcss.parse(scopeCss(css, { container, ...options }))
}

function rules(root: Root): Rule[] {
  const list: Rule[] = []
  root.walkRules((rule) => {
    list.push(rule)
  })
  return list
}

function selectors(root: Root): string[] {
  return rules(root).flatMap((rule) => rule.selectors)
}

function decls(rule: Rule | undefined): Record<string, string> {
  const found: Record<string, string> = {}
  rule?.walkDecls((decl: Declaration) => {
    found[decl.prop] = decl.value.trim()
  })
  return found
}

function ruleFor(root: Root, selector: string): Rule | undefined {
  return rules(root).find((rule) => rule.selectors.includes(selector))
}

describe('scopeCss selectors', () => {
  it('should put a selector starting with section under the container', () => {
    expect(selectors(scope('section { color: red }'))).toEqual([`${C} section`])
    expect(selectors(scope('section.lead h1 { color: red }'))).toEqual([`${C} section.lead h1`])
    expect(selectors(scope('section > p:first-child { color: red }'))).toEqual([`${C} section > p:first-child`])
    expect(selectors(scope('SECTION.invert { color: red }'))).toEqual([`${C} section.invert`])
  })

  it('should put any other selector inside a slide', () => {
    expect(selectors(scope('h1 { color: red }'))).toEqual([`${C} section h1`])
    expect(selectors(scope('.hljs-comment, ul > li { color: red }'))).toEqual([
      `${C} section .hljs-comment`,
      `${C} section ul > li`,
    ])
    expect(selectors(scope('* { box-sizing: border-box }'))).toEqual([`${C} section *`])
    expect(selectors(scope('img[alt~="#c"] { display: block }'))).toEqual([`${C} section img[alt~="#c"]`])
  })

  it('should keep pseudo-elements of the slide on the slide', () => {
    expect(selectors(scope('section::before { color: red }'))).toEqual([`${C} section::before`])
    expect(selectors(scope('section.lead::after { color: red }'))).toEqual([`${C} section.lead::after`])
  })

  it('should turn :root into the slide with a pseudo-class specificity', () => {
    const root = `${C} :where(section):not([data-lectern-none])`
    expect(selectors(scope(':root { color: red }'))).toEqual([root])
    expect(selectors(scope(':root.invert h1 { color: red }'))).toEqual([`${root}.invert h1`])
    expect(selectors(scope('section:root { color: red }'))).toEqual([root])
  })

  it('should map html and body to the slide', () => {
    expect(selectors(scope('html { color: red }'))).toEqual([`${C} section`])
    expect(selectors(scope('body { color: red }'))).toEqual([`${C} section`])
    expect(selectors(scope('html body h1 { color: red }'))).toEqual([`${C} section h1`])
    expect(selectors(scope('html h1 { color: red }'))).toEqual([`${C} section h1`])
    expect(selectors(scope('body > section.lead { color: red }'))).toEqual([`${C} section.lead`])
  })

  it('should scope rules inside @media, @supports and @container', () => {
    const root = scope(
      '@media (min-width: 1px) { h1 { color: red } } @supports (display: grid) { section { display: grid } } @container (width > 1px) { p { color: blue } }',
    )
    expect(selectors(root)).toEqual([`${C} section h1`, `${C} section`, `${C} section p`])
  })

  it('should leave @keyframes and @font-face alone, and drop @page (the print view owns the pages)', () => {
    const css =
      '@keyframes spin { from { rotate: 0deg } 50% { rotate: 1rem } to { rotate: 360deg } } @font-face { font-family: X; src: url(x.woff2) } @page { margin: 0 }'
    const root = scope(css)
    expect(selectors(root)).toEqual(['from', '50%', 'to'])
    const atRules: string[] = []
    root.walkAtRules((atRule: AtRule) => {
      atRules.push(atRule.name)
    })
    expect(atRules).toEqual(['keyframes', 'font-face'])
  })

  it('should cross the container list with the selector list', () => {
    const root = postcss.parse(scopeCss('h1 { color: red }', { container: '.a, .b' }))
    expect(selectors(root)).toEqual(['.a section h1', '.b section h1'])
  })
})

describe('scopeCss rem and the slide font size', () => {
  it('should make rem relative to the slide font size', () => {
    const root = scope('h1 { font-size: 2rem; margin: .5rem 0 -1.25rem; background: url(a-2rem.png) }')
    expect(decls(ruleFor(root, `${C} section h1`))).toEqual({
      'font-size': 'calc(var(--marpit-root-font-size, 1rem) * 2)',
      margin: 'calc(var(--marpit-root-font-size, 1rem) * .5) 0 calc(var(--marpit-root-font-size, 1rem) * -1.25)',
      background: 'url(a-2rem.png)',
    })
  })

  it('should not touch rem-like text in strings, identifiers or units', () => {
    expect(convertRem('"3rem"')).toBe('"3rem"')
    expect(convertRem('var(--x2rem)')).toBe('var(--x2rem)')
    expect(convertRem('12remx')).toBe('12remx')
    expect(convertRem('10px')).toBe('10px')
  })

  it('should record a slide font size in --marpit-root-font-size', () => {
    expect(decls(ruleFor(scope('section { font-size: 30px }'), `${C} section`))).toEqual({
      'font-size': '30px',
      '--marpit-root-font-size': '30px',
    })
    const root = scope(':root { font-size: 1.5em }')
    expect(decls(rules(root)[0])['--marpit-root-font-size']).toBe('1.5em')
  })

  it('should record a slide font size given in rem without a cycle', () => {
    const found = decls(ruleFor(scope('section.big { font-size: 2rem }'), `${C} section.big`))
    expect(found['font-size']).toBe('calc(var(--marpit-root-font-size, 1rem) * 2)')
    expect(found['--marpit-root-font-size']).toBe('2rem')
  })

  it('should not record font sizes of elements inside the slide', () => {
    expect(decls(ruleFor(scope('h1 { font-size: 30px }'), `${C} section h1`))).toEqual({ 'font-size': '30px' })
    expect(decls(ruleFor(scope('section::after { font-size: 30px }'), `${C} section::after`))).toEqual({
      'font-size': '30px',
    })
  })

  it('should record the size on the slide selectors only when a rule mixes them', () => {
    const root = scope('section, h1 { font-size: 40px }')
    expect(decls(ruleFor(root, `${C} section h1`))).toEqual({ 'font-size': '40px' })
    const extra = rules(root).find((rule) => rule.selector === `${C} section`)
    expect(decls(extra)).toEqual({ '--marpit-root-font-size': '40px' })
  })
})

describe('scopeCss pagination guard', () => {
  it('should drop content in section::after that does not show the page number', () => {
    const root = scope('section::after { content: "x"; color: red }')
    expect(decls(ruleFor(root, `${C} section::after`))).toEqual({ color: 'red' })
  })

  it('should keep content that shows the page number', () => {
    const css =
      "section::after { content: 'Page ' attr(data-marpit-pagination) ' / ' attr(data-marpit-pagination-total) }"
    expect(decls(ruleFor(scope(css), `${C} section::after`)).content).toContain('attr(data-marpit-pagination)')
    expect(
      decls(
        ruleFor(
          scope(':root::after { content: attr(data-marpit-pagination) }'),
          `${C} :where(section):not([data-lectern-none])::after`,
        ),
      ).content,
    ).toBe('attr(data-marpit-pagination)')
  })

  it('should drop content that shows only the total', () => {
    expect(
      decls(ruleFor(scope('section::after { content: attr(data-marpit-pagination-total) }'), `${C} section::after`)),
    ).toEqual({})
  })

  it('should leave ::after of other elements alone', () => {
    expect(decls(ruleFor(scope('h1::after { content: "x" }'), `${C} section h1::after`))).toEqual({ content: '"x"' })
    expect(decls(ruleFor(scope('section::before { content: "x" }'), `${C} section::before`))).toEqual({
      content: '"x"',
    })
  })

  it('should keep content for other selectors sharing the rule', () => {
    const root = scope('h1::after, section::after { content: "x"; color: red }')
    expect(decls(ruleFor(root, `${C} section h1::after`))).toEqual({ content: '"x"', color: 'red' })
    expect(decls(ruleFor(root, `${C} section::after`))).toEqual({ color: 'red' })
  })
})

describe('scopeCss imports', () => {
  const themes: Record<string, string> = {
    base: '/*! @theme base */ @import url("font.css"); section { color: red }',
    child: "/*! @theme child */ @import 'base'; h1 { color: blue }",
    loopA: "@import 'loopB'; .a { color: red }",
    loopB: "@import-theme 'loopA'; .b { color: red }",
  }
  const imports = (name: string) => themes[name]

  it('should inline an imported theme before the importing CSS', () => {
    const root = scope("@import 'child'; p { color: green }", { imports })
    expect(selectors(root)).toEqual([`${C} section`, `${C} section h1`, `${C} section p`])
  })

  it("should keep font services' imports first, and leave out other imports and @charset", () => {
    const font = '@import url("https://fonts.googleapis.com/css2?family=Noto+Sans")'
    const parts = scopeCssParts(`h1 { color: red } @import url("x.css"); @charset "utf-8"; @import "child"; ${font};`, {
      container,
      imports,
    })
    expect(parts.imports).toEqual([`${font};`])
    // The imported theme's own URL import is left out too.
    expect(parts.refused).toEqual(['x.css', 'font.css'])
    const root = postcss.parse(scopeCss(`h1 { color: red } ${font};`, { container }))
    expect(root.first?.toString()).toBe(font)
    expect(selectors(scope('h1 { color: red } @import url("x.css"); @import "child";', { imports }))).toEqual([
      `${C} section`,
      `${C} section h1`,
      `${C} section h1`,
    ])
  })

  it('should resolve @import-theme and stop at cycles', () => {
    const root = scope("@import 'loopA'; p { color: green }", { imports })
    expect(selectors(root)).toEqual([`${C} section .b`, `${C} section .a`, `${C} section p`])
  })

  it('should stop a cycle back to the theme itself', () => {
    const root = scope(themes.loopA ?? '', { imports, name: 'loopA' })
    expect(selectors(root)).toEqual([`${C} section .b`, `${C} section .a`])
  })

  it('should drop imports of registered themes when asked (CSS written in a deck)', () => {
    const parts = scopeCssParts("@import 'child'; @import-theme 'unknown'; @import 'unknown.css'; p { color: green }", {
      container,
      imports,
      inlineImports: false,
    })
    expect(parts.imports).toEqual([])
    expect(parts.refused).toEqual(['unknown.css'])
    expect(selectors(postcss.parse(parts.css))).toEqual([`${C} section p`])
  })
})

describe('scopeCss with invalid CSS', () => {
  it('should not throw, and keep the rules that parse', () => {
    expect(() => scopeCss('h1 { color: red', { container })).not.toThrow()
    expect(selectors(scope('h1 { color: red'))).toEqual([`${C} section h1`])
    expect(selectors(scope('h1 { color red } h2 { color: blue }'))).toEqual([`${C} section h2`])
    expect(selectors(scope('h1 { color: red } } h2 { color: blue }'))).toEqual([`${C} section h1`, `${C} section h2`])
    expect(selectors(scope('h1[ { color: red } h2 { color: blue }'))).toEqual([`${C} section h2`])
    expect(scopeCss('', { container })).toBe('')
  })
})

describe('scopeSlideCss', () => {
  const slide = (css: string) => postcss.parse(scopeSlideCss(css, { container, scope: 'k3y' }))
  const S = `${C} section[data-marpit-scope-k3y]`

  it('should limit every selector to the one slide', () => {
    expect(selectors(slide('h1, .x p { color: red }'))).toEqual([`${S} h1`, `${S} .x p`])
    expect(selectors(slide('section { color: red }'))).toEqual([S])
    expect(selectors(slide('section.lead h1 { color: red }'))).toEqual([`${S}.lead h1`])
    expect(selectors(slide(':root { color: red }'))).toEqual([S])
    expect(selectors(slide('@media print { h2 { color: red } }'))).toEqual([`${S} h2`])
  })

  it('should suffix keyframes defined here and the animations that use them', () => {
    const root = slide(
      '@keyframes pop { to { scale: 2 } } h1 { animation: pop 1s ease-in, other 2s; } h2 { animation-name: other, pop }',
    )
    const names: string[] = []
    root.walkAtRules((atRule: AtRule) => {
      names.push(atRule.params)
    })
    expect(names).toEqual(['pop-k3y'])
    expect(decls(ruleFor(root, `${S} h1`)).animation).toBe('pop-k3y 1s ease-in, other 2s')
    expect(decls(ruleFor(root, `${S} h2`))['animation-name']).toBe('other, pop-k3y')
  })

  it('should apply the pagination guard and rem conversion too', () => {
    const root = slide('section::after { content: "x" } h1 { margin: 1rem }')
    expect(decls(ruleFor(root, `${S}::after`))).toEqual({})
    expect(decls(ruleFor(root, `${S} h1`)).margin).toBe('calc(var(--marpit-root-font-size, 1rem) * 1)')
  })

  it('should not throw on invalid CSS', () => {
    expect(() => scopeSlideCss('h1 { color: red', { container, scope: 'x' })).not.toThrow()
  })
})
