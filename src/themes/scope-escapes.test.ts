/**
 * The escape corpus through the scoper, and the result read back as a
 * browser reads it (a CSS Syntax tokenizer, not postcss): every style rule
 * starts at a slide of the deck, nothing nests, no at-rule reaches past the
 * slides, and no argument of `:is()`/`:where()`/`:not()` looks outside them.
 */
import { tokenize, TokenType, type CSSToken } from '@csstools/css-tokenizer'
import selectorParser from 'postcss-selector-parser'
import { describe, expect, it } from 'vitest'
import { builtInThemeNames, getTheme } from './registry.ts'
import { escapeAttempts } from './escapes.fixtures.ts'
import { cssBudget } from './limits.ts'
import { scopeCss, scopeCssParts, scopeSlideCss } from './scope-css.ts'

const container = '[data-lectern-deck]'
const groupRules = new Set(['media', 'supports', 'container', 'layer', 'scope', 'starting-style'])
const globalRules = new Set(['keyframes', 'font-face', 'property', 'counter-style', 'font-feature-values'])

interface Block {
  /** The prelude as written (`@media print`, `.a .b`). */
  prelude: string
  /** What the block holds: blocks, and declarations as text. */
  children: (Block | string)[]
}

/** CSS read as a browser tokenizes it: blocks by `{}`, statements by `;`. Throws on anything unbalanced. */
function read(css: string): Block[] {
  const errors: string[] = []
  const tokens: CSSToken[] = tokenize({ css }, { onParseError: (error) => errors.push(error.message) })
  expect(errors).toEqual([])
  const root: Block = { prelude: '', children: [] }
  const stack: Block[] = [root]
  let text = ''
  for (const token of tokens) {
    const top = stack.at(-1)!
    if (token[0] === TokenType.OpenCurly) {
      const block: Block = { prelude: text.trim(), children: [] }
      top.children.push(block)
      stack.push(block)
      text = ''
    } else if (token[0] === TokenType.CloseCurly) {
      if (text.trim()) top.children.push(text.trim())
      stack.pop()
      expect(stack.length).toBeGreaterThan(0)
      text = ''
    } else if (token[0] === TokenType.Semicolon) {
      top.children.push(text.trim())
      text = ''
    } else if (token[0] !== TokenType.Comment) {
      text += token[1]
    }
  }
  expect(stack).toHaveLength(1)
  if (text.trim()) root.children.push(text.trim())
  return root.children.filter((child): child is Block => typeof child !== 'string' || assertImport(child))
}

/** A statement at the top: only a font service's `@import` or a `@layer` list. */
function assertImport(statement: string): boolean {
  expect(statement).toMatch(/^@import url\("https:\/\/fonts\.googleapis\.com\/|^@layer [\w-]+(?:\s*,\s*[\w-]+)*$/)
  return false
}

/** Every logical pseudo-class argument with a combinator starts at the deck's slides. */
function expectArgumentsScoped(selector: string): void {
  selectorParser()
    .astSync(selector)
    .walkPseudos((pseudo) => {
      if (!/^:(?:is|where|not|matches)$/i.test(pseudo.value)) return
      for (const arg of pseudo.nodes) {
        let combinator = false
        arg.each((node) => {
          if (node.type === 'combinator') combinator = true
        })
        if (combinator) expect(String(arg).trim()).toMatch(/^:where\(\[data-lectern-deck\]\) section/)
      }
    })
}

/** Walk blocks at sheet level: style rules start at a slide and hold declarations only. */
function expectContained(blocks: readonly Block[], where = 'top'): void {
  for (const block of blocks) {
    const atRule = /^@([\w-]+)/.exec(block.prelude)?.[1]?.toLowerCase()
    if (atRule === undefined) {
      for (const selector of block.prelude.split(/,(?![^(]*\))/)) {
        expect(selector.trim(), `${where}: ${block.prelude}`).toMatch(
          /^\[data-lectern-deck\] (?:section|:where\(section\))/,
        )
      }
      expectArgumentsScoped(block.prelude)
      for (const child of block.children) expect(typeof child, `nested in ${block.prelude}`).toBe('string')
    } else if (groupRules.has(atRule)) {
      for (const child of block.children)
        expect(typeof child, `bare declaration in ${block.prelude}`).not.toBe('string')
      expectContained(block.children as Block[], block.prelude)
    } else {
      expect(
        [...globalRules].some((name) => atRule.endsWith(name)),
        `at-rule ${block.prelude}`,
      ).toBe(true)
      expect(block.prelude).not.toMatch(/lectern-|ui-monospace/)
    }
  }
}

describe('the escape corpus', () => {
  it.each(escapeAttempts.map((attempt) => [attempt.name, attempt.css]))('%s: stays in the slides', (_, css) => {
    expectContained(read(scopeCss(css, { container, inlineImports: false })))
    expectContained(read(scopeSlideCss(css, { container, scope: 'k' })))
    expectContained(read(scopeCss(css, { container, name: 'attack' })))
  })

  it('should leave out the app’s own names, however they are written', () => {
    for (const name of ['@font-face ui-monospace', '@property', '@keyframes', 'escaped names']) {
      const css = escapeAttempts.find((attempt) => attempt.name === name)!.css
      expect(scopeCss(css, { container }), name).toBe('')
    }
  })

  it('should keep the whole corpus in the slides when it comes as one sheet', () => {
    const css = escapeAttempts.map((attempt) => attempt.css).join('\n')
    expectContained(read(scopeCss(css, { container, inlineImports: false })))
  })

  it('should list the imports it left out', () => {
    const css = escapeAttempts.map((attempt) => attempt.css).join('\n')
    expect(scopeCssParts(css, { container }).refused).toEqual([
      '/leak/import.css',
      '/leak/import-layer.css',
      'data:text/css,body%20*%7Bvisibility:hidden%20!important%7D',
    ])
  })
})

describe('nesting', () => {
  const selectorsOf = (css: string) =>
    read(scopeCss(css, { container })).map((block) => `${block.prelude} ${String(block.children)}`)

  it('should flatten nested rules as the CSS Nesting spec reads them', () => {
    expect(selectorsOf('section { color: red; & h1 { color: blue } &.lead { x: 1 } p { y: 1 } }')).toEqual([
      `${container} section color: red`,
      `${container} section h1 color: blue`,
      `${container} section.lead x: 1`,
      `${container} section p y: 1`,
    ])
  })

  it('should spread a leading :is() of a nested list', () => {
    expect(selectorsOf('section.a, section.b { & > h1 { x: 1 } }')).toEqual([
      `${container} section.a > h1,\n${container} section.b > h1 x: 1`,
    ])
  })

  it('should bubble nested @media around the rule', () => {
    expect(read(scopeCss('h1 { @media print { color: red } }', { container }))[0]).toEqual({
      prelude: '@media print',
      children: [{ prelude: `${container} section h1`, children: ['color: red'] }],
    })
  })

  it('should leave out blocks nested deeper than eight levels, and say so', () => {
    const nested = (depth: number) => `${'a { '.repeat(depth)}b { color: red }${' }'.repeat(depth)}`
    expect(scopeCssParts(nested(7), { container }).cut).toBeUndefined()
    expect(scopeCssParts(nested(7), { container }).css).toContain('color: red')
    const deep = scopeCssParts(nested(5000), { container })
    expect(deep.cut).toBe(true)
    expect(deep.css).not.toContain('color: red')
  })

  it('should scope at most 5,000 rules, from one sheet or from all the CSS a budget is shared by', () => {
    const many = 'h1 { color: red }\n'.repeat(5_010)
    const parts = scopeCssParts(many, { container })
    expect(parts.cut).toBe(true)
    expect(parts.css.match(/color: red/g)).toHaveLength(5_000)
    const budget = cssBudget()
    expect(scopeCssParts('h1 { color: red }\n'.repeat(4_999), { container, budget }).cut).toBeUndefined()
    const rest = scopeSlideCss('h1 { x: 1 } h2 { x: 2 }', { container, scope: 'k', budget })
    expect(rest).toContain('h1')
    expect(rest).not.toContain('h2')
  })

  it('should read at most a million characters of CSS, cut after a rule', () => {
    const rule = `h1 { background: url(${'x'.repeat(1000)}.png) }\n`
    const parts = scopeCssParts(rule.repeat(1100), { container })
    expect(parts.cut).toBe(true)
    expect(parts.css.match(/background/g)!.length).toBeLessThan(1000)
    expect(parts.css.match(/background/g)!.length).toBeGreaterThan(900)
  })
})

describe('selectors that read the page', () => {
  const scoped = (selector: string) => scopeCss(`${selector} { color: red }`, { container }).trim()

  it('should scope :is(), :where() and :not() arguments with a combinator', () => {
    expect(scoped('h1:not(.dark *)')).toBe(
      `${container} section h1:not(:where(${container}) section .dark *) { color: red; }`,
    )
    // `body` is the slide here, as everywhere in a theme.
    expect(scoped('h1:not(body.dark *)')).toBe(
      `${container} section h1:not(:where(${container}) section.dark *) { color: red; }`,
    )
    expect(scoped('p:is(.a .b, .c)')).toBe(
      `${container} section p:is(:where(${container}) section .a .b, .c) { color: red; }`,
    )
  })

  it('should leave compound arguments and :has() as written', () => {
    expect(scoped('section:not(.lead):has(> h1 + p)')).toBe(
      `${container} section:not(.lead):has(> h1 + p) { color: red; }`,
    )
    expect(scoped(':is(h1, h2) + p')).toBe(`${container} section :is(h1, h2) + p { color: red; }`)
  })

  it('should leave out selectors whose other pseudo-classes hold a combinator', () => {
    expect(scoped('li:nth-child(2n + 1 of .a .b), li:nth-child(2n + 1)')).toBe(
      `${container} section li:nth-child(2n + 1) { color: red; }`,
    )
  })
})

describe('built-in themes', () => {
  it.each(builtInThemeNames)('should keep every rule of %s', (name) => {
    const css = getTheme(name)!.css.replace(/\/\*[\s\S]*?\*\//g, '')
    const written = (css.match(/\{/g) ?? []).length
    const scoped = scopeCss(css, { container, imports: (theme) => getTheme(theme)?.css, name })
    const blocks = read(scoped)
    expectContained(blocks)
    // Every block written comes out (imported themes and the root font size add some).
    expect((scoped.match(/\{/g) ?? []).length).toBeGreaterThanOrEqual(written)
  })
})
