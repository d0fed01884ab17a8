/** MathJax typesetting compared with what marp-cli 4.5 (Marp Core 4, MathJax 3) makes of the same formulas. */
import type { Element as HastElement, Root } from 'hast'
import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import { parseDeck } from '../src/deck/index.ts'
import { slideHast, walk } from '../src/render/hast.ts'
import { typesetMathJax } from '../src/render/mathjax.ts'
import { attr, byTag, parseHtml, type Element } from './oracle/html.ts'

/** The slide's body with MathJax's stage applied. */
const typeset = (markdown: string): Root =>
  slideHast(parseDeck(markdown).slides[0]!.tree, null, { math: typesetMathJax })

// The oracle: the Marp Core that marp-cli 4.5 runs (MathJax 3 by default), required from marp-cli's own place.
const marpCli = createRequire(import.meta.url).resolve('@marp-team/marp-cli/package.json')
const { Marp } = createRequire(marpCli)('@marp-team/marp-core') as {
  Marp: new (options: object) => { render(markdown: string): { html: string } }
}
/** Marp's formulas: the `svg` of each `mjx-container`. */
const marpFormulas = (markdown: string): Element[] =>
  byTag(parseHtml(new Marp({ html: true }).render(markdown).html), 'mjx-container').map(
    (container) => byTag(container, 'svg')[0]!,
  )

const elements = (tree: Root, tagName: string) => {
  const found: HastElement[] = []
  walk(tree, (element) => {
    if (element.tagName === tagName) found.push(element)
  })
  return found
}
/** Our formulas: the `svg` of each `mjx-container`. */
const formulas = (tree: Root) =>
  elements(tree, 'mjx-container').map((container) => elements(container as never, 'svg')[0]!)
const paths = (svg: HastElement) => elements(svg as never, 'path').map((path) => path.properties.d)
const marpPaths = (svg: Element) => byTag(svg, 'path').map((path) => attr(path, 'd'))
/** A style value with spaces and a last semicolon left out. */
const style = (value: unknown) =>
  String(value)
    .replace(/(?<=[:;])\s+/g, '')
    .replace(/;$/, '')

describe('typesetMathJax', () => {
  test('should typeset inline math to the SVG Marp makes (same box, same glyph paths)', () => {
    const markdown = 'Energy $E = mc^2$ here'
    const [ours] = formulas(typeset(markdown))
    const [marp] = marpFormulas(markdown)
    expect(ours && marp).toBeTruthy()
    expect(ours!.properties.viewBox).toBe(attr(marp!, 'viewBox'))
    expect(ours!.properties.width).toBe(attr(marp!, 'width'))
    expect(style(ours!.properties.style)).toBe(style(attr(marp!, 'style')))
    expect(paths(ours!)).toHaveLength(5)
    expect(paths(ours!)).toEqual(marpPaths(marp!))
  })

  test('should set a display formula as a paragraph holding a block SVG as wide as the line', () => {
    const markdown = '$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$'
    const tree = typeset(markdown)
    const paragraph = tree.children[0] as HastElement
    expect(paragraph.tagName).toBe('p')
    const container = paragraph.children[0] as HastElement
    expect(container.tagName).toBe('mjx-container')
    expect(container.properties.display).toBe('true')
    const [ours] = formulas(tree)
    const [marp] = marpFormulas(markdown)
    expect(style(ours!.properties.style)).toMatch(/display:block;width:100%;height:auto;max-height:[\d.]+ex$/)
    expect(style(ours!.properties.style)).toBe(style(attr(marp!, 'style')))
    expect(ours!.properties.viewBox).toBe(attr(marp!, 'viewBox'))
  })

  test('should show what MathJax cannot read in its error colours, and never throw', () => {
    const nodes = (tree: Root) => elements(tree, 'g').map((g) => g.properties.dataMmlNode)
    expect(nodes(typeset('$\\frac{a$'))).toContain('merror')
    expect(elements(typeset('$\\undefinedmacro$'), 'g').some((g) => g.properties.fill === 'red')).toBe(true)
  })

  test('should drop links a formula asks for that are not allowed', () => {
    const links = elements(typeset('$\\href{javascript:alert(1)}{x}$ and $\\href{https://example.com}{y}$'), 'a')
    expect(links.map((link) => link.properties.href)).toEqual([undefined, 'https://example.com'])
  })
})
