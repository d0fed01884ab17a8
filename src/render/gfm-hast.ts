/**
 * GFM's task lists and footnotes in slide hast (beyond Marp).
 *
 * remark-rehype writes them for a web page; on a slide they need to differ:
 * the footnotes block is a `div` (a nested `section` would be styled as a
 * slide by every Marp theme), without its hidden "Footnotes" heading (which
 * would count as a heading of the slide), and its ids are the slide's own,
 * so a footnote mark links to the note on its own slide when the deck's
 * slides share one page (print, overview). Task checkboxes are taken off
 * before raw HTML is parsed and sanitised (the sanitiser lets no `input`
 * through, so a deck cannot add form fields) and put back after, as
 * disabled checkboxes.
 */
import type { Element, ElementContent, Root } from 'hast'

/** The prefix remark-rehype puts on the ids it makes. */
const madePrefix = 'user-content-'

/** Give a footnote id or `#id` link the slide's prefix. */
function scoped(value: unknown, prefix: string): unknown {
  if (typeof value !== 'string') return value
  if (value.startsWith(madePrefix)) return prefix + value.slice(madePrefix.length)
  if (value.startsWith(`#${madePrefix}`)) return `#${prefix}${value.slice(madePrefix.length + 1)}`
  return value
}

const isElement = (node: ElementContent | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName

/**
 * Shape one element remark-rehype made for a task list or footnote; call on
 * each element before raw HTML is parsed.
 *
 * @param prefix Prefix of the slide's footnote ids (`s3-` on slide 3).
 */
export function markGfmElement(element: Element, prefix: string): void {
  const properties = element.properties
  if (element.tagName === 'section' && properties.dataFootnotes) {
    element.tagName = 'div'
    properties.dataFootnotes = '' // as parsed HTML has it, with or without raw HTML on the slide
    element.children = element.children.filter((child) => !isElement(child, 'h2'))
    return
  }
  if ('dataFootnoteRef' in properties || 'dataFootnoteBackref' in properties) {
    if ('dataFootnoteRef' in properties) properties.dataFootnoteRef = ''
    delete properties.ariaDescribedBy
    properties.href = scoped(properties.href, prefix) as string
    properties.id = scoped(properties.id, prefix) as string
    return
  }
  if (element.tagName === 'li') {
    if (typeof properties.id === 'string') properties.id = scoped(properties.id, prefix) as string
    const box = taskBox(element)
    if (box) {
      box.parent.children.splice(box.parent.children.indexOf(box.input), 1)
      properties.dataTask = box.input.properties.checked ? 'checked' : 'unchecked'
    }
  }
}

/** A task item's checkbox and the element holding it (the item, or its first paragraph). */
function taskBox(item: Element): { input: Element; parent: Element } | null {
  const classes = item.properties.className
  if (!Array.isArray(classes) || !classes.includes('task-list-item')) return null
  const first = item.children.find((child) => child.type === 'element')
  const parent = isElement(first, 'p') ? first : item
  const input = parent.children.find((child) => isElement(child, 'input'))
  return input && input.type === 'element' ? { input, parent } : null
}

/** Put the checkboxes of task items back, disabled (after sanitising). */
export function rehypeTaskBoxes() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        const state = child.properties.dataTask
        if (child.tagName === 'li' && (state === 'checked' || state === 'unchecked')) {
          const first = child.children.find((c) => c.type === 'element')
          const parent = isElement(first, 'p') ? first : child
          parent.children.unshift({
            type: 'element',
            tagName: 'input',
            properties: { type: 'checkbox', checked: state === 'checked', disabled: true },
            children: [],
          })
        }
        visit(child)
      }
    }
    visit(tree)
  }
}
