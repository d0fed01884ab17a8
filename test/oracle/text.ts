/**
 * Text of rendered slide content, the way the reference models spell it:
 * emoji as characters (Twemoji `<img>` → its alt) and KaTeX as `$TeX$`.
 */
import { attr, byTag, hasClass, isElement, type Element } from './html.ts'

export const isEmoji = (el: Element) => el.tagName === 'img' && attr(el, 'data-marp-twemoji') !== null

export const isMath = (el: Element) => el.tagName === 'span' && hasClass(el, 'katex')

/** The TeX source KaTeX keeps in its MathML annotation. */
const texOf = (katex: Element) => {
  const annotation = byTag(katex, 'annotation')[0]
  return annotation ? textOf(annotation) : ''
}

/**
 * textContent with emoji and math substituted and `<br>` read as a line
 * break (the reference models have "a : b" where Marp wrote `a :<br>b`).
 * Nothing else is added between elements: adjacent blocks without
 * whitespace between them run together, as in textContent. `skip` drops
 * whole subtrees.
 */
export function textOf(root: Element, skip: (el: Element) => boolean = () => false): string {
  let out = ''
  const walk = (el: Element) => {
    for (const node of el.childNodes) {
      if (node.nodeName === '#text' && 'value' in node) out += node.value
      else if (isElement(node)) {
        if (skip(node)) continue
        if (node.tagName === 'br') out += '\n'
        else if (isEmoji(node)) out += attr(node, 'alt') ?? ''
        else if (isMath(node)) out += `$${texOf(node)}$`
        else walk(node)
      }
    }
  }
  walk(root)
  return out
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Cut to `max` UTF-16 units and mark the cut, as the reference does. */
export const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text)
