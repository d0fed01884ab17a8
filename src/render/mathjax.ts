/**
 * MathJax stage, loaded on demand for decks whose math is MathJax's (Marp's
 * default: a deck that says nothing, or `math: mathjax`). Like Marp, TeX is
 * typeset to SVG with MathJax 3, every TeX package, no font cache: each
 * glyph is a path, so formulas look the same on every machine and in print.
 *
 * MathJax's own (lite) DOM is turned into hast element by element, so no
 * HTML is parsed; links are kept only where `cleanUrl` allows them and
 * `style` goes through the slides' style cleaner.
 */
import type { Element, ElementContent, Properties, Root } from 'hast'
import { h, s } from 'hastscript'
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js'
import type { LiteElement, LiteNode } from 'mathjax-full/js/adaptors/lite/Element.js'
import type { LiteText } from 'mathjax-full/js/adaptors/lite/Text.js'
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js'
import { TeX } from 'mathjax-full/js/input/tex.js'
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js'
import { mathjax } from 'mathjax-full/js/mathjax.js'
import { SVG } from 'mathjax-full/js/output/svg.js'
import { cleanStyle } from './css.ts'
import { mathSource } from './math-nodes.ts'
import { cleanUrl } from './urls.ts'

const adaptor = liteAdaptor()
RegisterHTMLHandler(adaptor)
// `require` would fetch TeX extensions at run time: every package is here already.
const packages = AllPackages.filter((name) => name !== 'require')
const output = new SVG({ fontCache: 'none' })
const texDocument = mathjax.document('', { InputJax: new TeX({ packages }), OutputJax: output })

/** MathJax's stylesheet for its SVG output, and Marp's print rule (no stroke thickening on paper). */
export const mathJaxCss = `${adaptor.textContent(output.styleSheet(texDocument) as LiteElement)}
@media print { mjx-container[jax="SVG"] path[data-c], mjx-container[jax="SVG"] use[data-c] { stroke-width: 0 } }`

// The stylesheet goes in once, when the stage first loads (not in Node, where tests run it).
if (typeof globalThis.document !== 'undefined') {
  const style = globalThis.document.createElement('style')
  style.dataset.lecternMathjax = ''
  style.textContent = mathJaxCss
  globalThis.document.head.append(style)
}

const isText = (node: LiteNode): node is LiteText => node.kind === '#text'

/** A MathJax element (and its subtree) as hast; `inSvg` picks SVG property names. */
function toHast(node: LiteElement, inSvg: boolean): Element | null {
  const svg = inSvg || node.kind === 'svg'
  // Nothing in TeX's SVG needs foreign content, and it could hold any HTML.
  if (node.kind === 'foreignObject') return null
  const attributes: Properties = {}
  for (const [name, value] of Object.entries(node.attributes)) {
    if (/^on/i.test(name)) continue
    const text = String(value)
    if (name === 'style') {
      const style = cleanStyle(text)
      if (style) attributes.style = style
    } else if (name === 'href' || name === 'xlink:href') {
      const url = cleanUrl(text, 'link')
      if (url !== null) attributes[name] = url
    } else attributes[name] = text
  }
  const children: ElementContent[] = []
  for (const child of node.children) {
    if (isText(child)) children.push({ type: 'text', value: child.value })
    else {
      const element = toHast(child, svg)
      if (element) children.push(element)
    }
  }
  return svg ? s(node.kind, attributes, children) : h(node.kind, attributes, children)
}

/** TeX typeset by MathJax, as Marp writes it: a display formula's SVG is a block as wide as its line. */
function typeset(tex: string, display: boolean): Element | null {
  const container = texDocument.convert(tex, { display }) as LiteElement
  if (display) {
    const svg = adaptor.firstChild(container) as LiteElement
    adaptor.setStyle(container, 'margin', '0')
    adaptor.setStyle(svg, 'display', 'block')
    adaptor.setStyle(svg, 'width', '100%')
    adaptor.setStyle(svg, 'height', 'auto')
    adaptor.setStyle(svg, 'max-height', String(adaptor.getAttribute(svg, 'height')))
  }
  return toHast(container, false)
}

/**
 * Typeset math in a sanitised slide tree, in place: inline `code.math-inline`
 * becomes an `mjx-container`, a display block a paragraph holding one.
 * A formula MathJax cannot read shows MathJax's red error text; one that
 * makes it throw stays as its source between its dollars.
 *
 * @param tree
 *   Slide hast.
 */
export function typesetMathJax(tree: Root): undefined {
  replaceMath(tree)
  return undefined
}

function replaceMath(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child
    const math = mathSource(child)
    if (!math) {
      replaceMath(child)
      return child
    }
    try {
      const result = typeset(math.tex, math.display)
      if (result) return math.display ? h('p', [result]) : result
    } catch (error) {
      console.warn('MathJax could not typeset a formula', error)
    }
    const delimiter = math.display ? '$$' : '$'
    const text = { type: 'text' as const, value: `${delimiter}${math.tex}${delimiter}` }
    return math.display ? h('p', [text]) : text
  }) as typeof parent.children
}
