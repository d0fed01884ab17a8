/**
 * Where math is in a slide's hast before a math stage typesets it: the
 * engine's `inlineMath` is `code.math-inline`, its `math` block
 * `pre > code.math-display` (as mdast-util-math turns them into hast).
 */
import type { Element } from 'hast'
import { hastText } from './slide-text.ts'

/** A formula's TeX and whether it is a display (block) formula. */
export interface MathSource {
  tex: string
  display: boolean
}

const hasClass = (element: Element, name: string) => {
  const classes = element.properties.className
  return Array.isArray(classes) && classes.includes(name)
}

/**
 * The formula an element holds, or null when it is not math.
 *
 * @param element
 *   An element of a slide's hast.
 */
export function mathSource(element: Element): MathSource | null {
  if (element.tagName === 'code' && hasClass(element, 'math-inline')) {
    return { tex: hastText(element), display: false }
  }
  if (element.tagName !== 'pre') return null
  const code = element.children.find((child) => child.type === 'element')
  if (code?.type === 'element' && code.tagName === 'code' && hasClass(code, 'math-display')) {
    return { tex: hastText(code), display: true }
  }
  return null
}
