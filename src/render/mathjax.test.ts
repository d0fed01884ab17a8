import { createRequire } from 'node:module'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { typesetMathJax } from './mathjax.ts'
import { renderSlideContent } from './slide-content.tsx'

/** The slide's body with MathJax's stage applied, as HTML. */
const typeset = (markdown: string) =>
  renderToStaticMarkup(renderSlideContent(parseDeck(markdown).slides[0]!.tree, { math: typesetMathJax }))

// The oracle: the Marp Core that marp-cli 4.5 runs (MathJax 3 by default), required from marp-cli's own place.
const marpCli = createRequire(import.meta.url).resolve('@marp-team/marp-cli/package.json')
const { Marp } = createRequire(marpCli)('@marp-team/marp-core') as {
  Marp: new (options: object) => { render(markdown: string): { html: string } }
}
const marpHtml = (markdown: string) => new Marp({ html: true }).render(markdown).html

/** The start tag of the first formula's `<svg …>`. */
const svgTag = (html: string) => /<mjx-container[^>]*>(<svg[^>]*>)/.exec(html)?.[1] ?? ''
/** An attribute's value; in `style`, spaces and a last semicolon left out. */
const attribute = (tag: string, name: string) =>
  new RegExp(` ${name}="([^"]*)"`)
    .exec(tag)?.[1]
    ?.replace(/(?<=[:;])\s+/g, '')
    .replace(/;$/, '')

describe('typesetMathJax', () => {
  test('should typeset inline math to the SVG Marp makes (same box, same glyph paths)', () => {
    const ours = typeset('Energy $E = mc^2$ here')
    const marp = marpHtml('Energy $E = mc^2$ here')
    expect(ours).toContain('<mjx-container class="MathJax" jax="SVG">')
    for (const name of ['viewBox', 'width', 'height', 'style']) {
      expect(attribute(svgTag(ours), name)).toBe(attribute(svgTag(marp), name))
    }
    const formula = (html: string) => /<mjx-container[\s\S]*?<\/mjx-container>/.exec(html)?.[0] ?? ''
    const paths = (html: string) => [...formula(html).matchAll(/ d="([^"]+)"/g)].map((match) => match[1])
    expect(paths(ours)).toHaveLength(5)
    expect(paths(ours)).toEqual(paths(marp))
  })

  test('should set a display formula as a paragraph holding a block SVG as wide as the line', () => {
    const ours = typeset('$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$')
    const marp = marpHtml('$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$')
    expect(ours).toMatch(/^<p><mjx-container class="MathJax" jax="SVG" display="true" style="margin:0">/)
    expect(attribute(svgTag(ours), 'style')).toMatch(/display:block;width:100%;height:auto;max-height:[\d.]+ex$/)
    for (const name of ['viewBox', 'style']) {
      expect(attribute(svgTag(ours), name)).toBe(attribute(svgTag(marp), name))
    }
  })

  test('should show what MathJax cannot read in its error colours, and never throw', () => {
    expect(typeset('$\\frac{a$')).toContain('data-mml-node="merror"')
    expect(typeset('$\\undefinedmacro$')).toContain('fill="red"')
  })

  test('should drop links a formula asks for that are not allowed', () => {
    const html = typeset('$\\href{javascript:alert(1)}{x}$ and $\\href{https://example.com}{y}$')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('href="https://example.com"')
  })
})
