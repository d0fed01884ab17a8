import { describe, expect, test } from 'vitest'
import { parseDeck, type Deck } from '../deck/index.ts'
import { deckCss } from './deck-css.ts'
import { slideScopeKey } from './prepared.ts'
import { preparer } from './preparer.ts'
import { sectionTags, slideHtml } from './test-helpers.ts'

const resolveTheme = (deck: Deck) => preparer.deck(deck).theme
const deckNeeds = (deck: Deck) => preparer.deck(deck).needs

describe('resolveTheme', () => {
  test('should use a theme we have', () => {
    expect(resolveTheme(parseDeck('---\ntheme: gaia\n---\n\nA'))).toEqual({
      name: 'gaia',
      requested: 'gaia',
      unknown: false,
    })
  })

  test('should fall back to default for an unknown theme and say so', () => {
    expect(resolveTheme(parseDeck('---\ntheme: no_such_theme\n---\n\nA'))).toEqual({
      name: 'default',
      requested: 'no_such_theme',
      unknown: true,
    })
  })

  test('should use default, without a notice, when the deck names no theme', () => {
    expect(resolveTheme(parseDeck('A'))).toEqual({ name: 'default', requested: null, unknown: false })
  })
})

/** The selectors of every style rule in some CSS (rough, for flat CSS). */
function selectors(css: string): string[] {
  return [
    ...css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@(?:keyframes|font-face)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
      .matchAll(/([^{}]+)\{[^{}]*\}/g),
  ]
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((selector) => selector.replace(/^[\s\S]*;/, '').trim())
    .filter((selector) => selector && !selector.startsWith('@'))
}

describe('deckCss', () => {
  const deck = parseDeck(
    [
      '---',
      'style: |',
      '  body { display: none }',
      '  h1 { color: red }',
      '---',
      '',
      '<style>',
      '* { outline: 1px solid red }',
      'html, :root { background: black }',
      '</style>',
      '',
      '# A',
      '',
      '---',
      '',
      '<style scoped>',
      'h1 { color: blue }',
      '</style>',
      '',
      '# B',
    ].join('\n'),
  )
  const css = deckCss(deck)

  test('should scope every rule of the deck under the deck container', () => {
    const all = selectors(css)
    expect(all.length).toBeGreaterThan(0)
    for (const selector of all) expect(selector).toMatch(/^\[data-lectern-deck\] /)
  })

  test('should keep the deck CSS in Marp order: style directive, global styles, scoped styles', () => {
    const order = ['color: red', 'outline', 'color: blue'].map((text) => css.indexOf(text))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  test("should limit a slide's scoped CSS to that slide's sections", () => {
    const key = slideScopeKey(deck.slides[1]!)
    expect(key).not.toBeNull()
    expect(slideScopeKey(deck.slides[0]!)).toBeNull()
    expect(css).toMatch(new RegExp(`section\\[data-marpit-scope-${key}\\][^{]*h1\\s*\\{\\s*color: blue`))
    expect(sectionTags(slideHtml(deck, 1))[0]).toContain(`data-marpit-scope-${key}=""`)
  })

  test('should drop imported stylesheets, which would not be scoped, except font services', () => {
    const imported = deckCss(
      parseDeck(
        '<style>\n@import url("https://evil.example/x.css");\n@import "https://fonts.googleapis.com/css2?family=Inter";\nh1 { color: red }\n</style>\n\nA',
      ),
    )
    expect(imported).not.toContain('evil.example')
    expect(imported.trimStart().startsWith('@import "https://fonts.googleapis.com/css2?family=Inter";')).toBe(true)
  })

  test('should never let deck CSS close the style element', () => {
    const hostile = deckCss(parseDeck('---\nstyle: "h1 { content: \'</style><script>alert(1)</script>\' }"\n---\n\nA'))
    expect(hostile).not.toMatch(/<\/style/i)
  })
})

describe('deckNeeds', () => {
  const none = { math: null, code: false, diagrams: false }
  test('should see math and fenced code anywhere in a deck', () => {
    expect(deckNeeds(parseDeck('A'))).toEqual(none)
    expect(deckNeeds(parseDeck('A\n\n---\n\n- $x$'))).toEqual({ ...none, math: 'mathjax' })
    expect(deckNeeds(parseDeck('```py\nx\n```'))).toEqual({ ...none, code: true })
    expect(deckNeeds(parseDeck('---\nfooter: "$y$"\n---\n\nA'))).toEqual({ ...none, math: 'mathjax' })
  })

  test("should typeset with MathJax unless the deck says `math: katex`, as Marp's default is MathJax", () => {
    expect(deckNeeds(parseDeck('---\nmath: katex\n---\n\n$x$')).math).toBe('katex')
    expect(deckNeeds(parseDeck('$x$\n\n<!-- math: mathjax -->')).math).toBe('mathjax')
    expect(deckNeeds(parseDeck('---\nmath: nonsense\n---\n\n$x$')).math).toBe('mathjax')
    expect(deckNeeds(parseDeck('---\nmath: katex\n---\n\nNo formula')).math).toBeNull()
  })

  test('should count a ```mermaid fence as a diagram, not as code to colour', () => {
    expect(deckNeeds(parseDeck('```mermaid\ngraph LR\n  A --> B\n```'))).toEqual({ ...none, diagrams: true })
    expect(deckNeeds(parseDeck('```mermaid interactive\ngraph LR\n```\n\n```js\nx\n```'))).toEqual({
      ...none,
      diagrams: true,
      code: true,
    })
  })
})
