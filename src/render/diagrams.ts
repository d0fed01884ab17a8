/**
 * Diagram stage, loaded on demand for decks with a ```mermaid fence: each
 * fence is drawn as an SVG diagram, as Marp Core 5 draws them (with the
 * same renderer, beautiful-mermaid, which lays diagrams out in plain
 * JavaScript: no DOM, no script in the output).
 *
 * The SVG text is parsed into hast and only drawing elements are kept: no
 * `<style>` (its rules would reach the whole page, and it imports a web
 * font from elsewhere; `diagrams.css` gives the same colours), no script,
 * links, foreign content, event handlers or images. Labels stay text.
 * A fence that cannot be drawn keeps its source, under a short message.
 */
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { h } from 'hastscript'
import { renderMermaidSVG } from 'beautiful-mermaid'
import { cleanStyle } from './css.ts'
import './diagrams.css'

/** Elements a diagram is drawn with; anything else is dropped with its content. */
const drawing = new Set([
  'svg',
  'g',
  'defs',
  'marker',
  'path',
  'polygon',
  'polyline',
  'line',
  'rect',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'title',
])

/**
 * Colours as Marp asks the renderer for them: custom properties a theme may
 * set. Where a theme sets neither (ours are Marp 4's themes, which predate
 * them), the text colour and a transparent ground stand in, and the rest is
 * mixed from those two.
 */
const colours = {
  transparent: true,
  padding: 4,
  bg: 'var(--marp-mermaid-background, var(--marp-shiki-background, transparent))',
  fg: 'var(--marp-mermaid-foreground, var(--marp-shiki-foreground, currentColor))',
  line: 'var(--marp-mermaid-line)',
  accent: 'var(--marp-mermaid-accent, var(--marp-shiki-token-keyword))',
  muted: 'var(--marp-mermaid-muted, var(--marp-shiki-token-comment))',
  surface: 'var(--marp-mermaid-surface, var(--marp-shiki-background))',
  border: 'var(--marp-mermaid-border)',
}

/** Keep drawing elements and their plain attributes, in place. */
function keepDrawing(element: Element): void {
  const properties = element.properties
  for (const key of Object.keys(properties)) {
    if (/^on/i.test(key) || /href$/i.test(key)) delete properties[key]
    else if (key === 'style') {
      const style = cleanStyle(String(properties.style))
      if (style) properties.style = style
      else delete properties.style
    }
  }
  element.children = element.children.filter((child): child is ElementContent => {
    if (child.type === 'text') return true
    if (child.type !== 'element' || !drawing.has(child.tagName)) return false
    keepDrawing(child)
    return true
  })
}

/**
 * The diagram for a Mermaid source, as a safe `svg` element.
 *
 * @param source
 *   The fence's text.
 * @throws
 *   When the renderer cannot read the source.
 */
export function drawDiagram(source: string): Element {
  const svg = fromHtml(renderMermaidSVG(source, colours), { fragment: true }).children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'svg',
  )
  if (!svg) throw new Error('the renderer made no SVG')
  keepDrawing(svg)
  svg.properties = { dataMarpMermaid: '', ...svg.properties }
  return svg
}

/** The fence's source when `element` is a ```mermaid fence (`pre > code.language-mermaid`). */
function mermaidSource(element: ElementContent): string | null {
  if (element.type !== 'element' || element.tagName !== 'pre') return null
  const code = element.children[0]
  if (code?.type !== 'element' || code.tagName !== 'code') return null
  const classes = code.properties.className
  if (!Array.isArray(classes) || !classes.includes('language-mermaid')) return null
  return code.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}

function drawFences(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    const source = mermaidSource(child as ElementContent)
    if (source === null) {
      if (child.type === 'element') drawFences(child)
      return child
    }
    try {
      return h('p', [drawDiagram(source)])
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return h('div.lectern-diagram-error', [
        h('p.lectern-diagram-message', { role: 'note' }, `This diagram could not be drawn: ${reason}`),
        child as Element,
      ])
    }
  }) as typeof parent.children
}

/**
 * Draw the Mermaid fences of a sanitised slide tree, in place.
 *
 * @param tree
 *   Slide hast.
 */
export function drawDiagrams(tree: Root): undefined {
  drawFences(tree)
  return undefined
}
