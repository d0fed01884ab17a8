/**
 * A slide's text as a reader meets it, for search: the words of its Markdown
 * tree, or of its prepared HTML tree when it was prepared ahead, with a line
 * break between blocks (a heading and the paragraph after it are two lines,
 * not one word).
 */
import type { Nodes as HastNodes } from 'hast'
import type { Nodes as MdastNodes } from 'mdast'

const hastBlocks = new Set([
  'p',
  'div',
  'section',
  'header',
  'footer',
  'article',
  'aside',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'hr',
])

/** The text of a hast tree, blocks on lines of their own; scripts, styles and comments left out. */
export function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'root' && node.type !== 'element') return ''
  if (node.type === 'element' && (node.tagName === 'style' || node.tagName === 'script')) return ''
  // An emoji drawn as Twemoji reads as its character.
  if (node.type === 'element' && node.properties.dataMarpTwemoji !== undefined) return String(node.properties.alt ?? '')
  const inner = node.children.map(hastText).join('')
  return node.type === 'element' && hastBlocks.has(node.tagName) ? `\n${inner}\n` : inner
}

/** The text of an mdast tree, blocks on lines of their own; raw HTML and image addresses left out. */
export function mdastText(node: MdastNodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'inlineMath':
      return node.value
    case 'code':
    case 'math':
      return `\n${node.value}\n`
    case 'break':
      return '\n'
    case 'image':
      return node.alt ?? ''
    default: {
      if (!('children' in node)) return ''
      const inner = (node.children as MdastNodes[]).map(mdastText).join('')
      return node.type === 'root' ||
        node.type === 'emphasis' ||
        node.type === 'strong' ||
        node.type === 'delete' ||
        node.type === 'link'
        ? inner
        : `\n${inner}\n`
    }
  }
}
