import { Marp } from '@marp-team/marp-core'
import mermaidPlugin from '@marp-team/marp-core/plugins/mermaid'
import { fromHtml } from 'hast-util-from-html'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { drawDiagrams } from './diagrams.ts'
import { renderSlideContent } from './slide-content.tsx'

/** The slide's body with the diagram stage applied, as HTML. */
const drawn = (markdown: string) =>
  renderToStaticMarkup(renderSlideContent(parseDeck(markdown).slides[0]!.tree, { diagrams: drawDiagrams }))

// The oracle: Marp Core 5 with its Mermaid plugin.
const marpHtml = (markdown: string) => new Marp({ html: true }).use(mermaidPlugin()).render(markdown).html

const labels = (html: string) => [...html.matchAll(/<text[^>]*>([^<]*)</g)].map((match) => match[1])
const viewBox = (html: string) => /<svg data-marp-mermaid[^>]*viewBox="([^"]*)"/.exec(html)?.[1]

const flowchart = '```mermaid\ngraph LR\n  A[Start] --> B{Choice}\n  B --> C[Left]\n  B --> D[Right]\n```'

describe('drawDiagrams', () => {
  test('should draw a mermaid fence as Marp 5 does: a paragraph with the same SVG diagram and labels as text', () => {
    const ours = drawn(flowchart)
    const marp = marpHtml(flowchart)
    expect(ours).toMatch(/^<p><svg data-marp-mermaid=""/)
    expect(labels(ours)).toEqual(['Start', 'Choice', 'Left', 'Right'])
    expect(labels(ours)).toEqual(labels(marp))
    expect(viewBox(ours)).toBe(viewBox(marp))
    expect(ours).not.toContain('<pre')
  })

  test("should leave out the renderer's page-wide stylesheet and its web font", () => {
    const ours = drawn(flowchart)
    expect(marpHtml(flowchart)).toContain('fonts.googleapis.com')
    expect(ours).not.toContain('<style')
    expect(ours).not.toContain('googleapis')
  })

  test('should keep hostile labels as text: no element, handler or link comes from them', () => {
    const html = drawn(
      '```mermaid\ngraph TD\n  A["<img src=x onerror=alert(1)>"] --> B["<a href=javascript:alert(2)>x</a>"]\n  B --> C[<script>alert(3)</script>]\n```',
    )
    expect(html).toMatch(/^<p><svg data-marp-mermaid/)
    expect(html).not.toMatch(/<(img|a|script|foreignObject)\b/i)
    const names: string[] = []
    const collect = (node: { type: string; properties?: object; children?: unknown[] }) => {
      if (node.properties) names.push(...Object.keys(node.properties))
      for (const child of node.children ?? []) collect(child as typeof node)
    }
    collect(fromHtml(html, { fragment: true }))
    expect(names.length).toBeGreaterThan(20)
    expect(names.filter((name) => /^on|href$/i.test(name))).toEqual([])
    expect(labels(html)).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('should keep the source of a diagram it cannot draw, under a message, and the rest of the slide', () => {
    const html = drawn('# Title\n\n```mermaid\npie title Pets\n  "Dogs" : 386\n```\n\nAfter')
    expect(html).toContain('<h1>Title</h1>')
    expect(html).toMatch(
      /<p class="lectern-diagram-message" role="note">This diagram could not be drawn: .*pie title Pets/,
    )
    expect(html).toContain('<pre><code class="language-mermaid">pie title Pets')
    expect(html).toContain('<p>After</p>')
  })

  test('should leave other code alone', () => {
    expect(drawn('```js\nconst a = 1\n```')).toBe('<pre><code class="language-js">const a = 1\n</code></pre>')
  })
})
