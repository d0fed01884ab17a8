/** Small parse5 tree helpers: just what the oracle needs to read Marp's HTML. */
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5'

export type Element = T.Element
type Node = T.ChildNode | T.DocumentFragment

export const parseHtml = (html: string): T.DocumentFragment => parseFragment(html)

export const isElement = (node: Node | T.ParentNode): node is Element => 'tagName' in node

export const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name)

export const childElements = (el: Element | T.DocumentFragment): Element[] => el.childNodes.filter(isElement)

/** Descendant elements in document order, not entering subtrees `skip` rejects. */
export function descendants(root: Element | T.DocumentFragment, skip?: (el: Element) => boolean): Element[] {
  const out: Element[] = []
  const walk = (node: Element | T.DocumentFragment) => {
    for (const child of node.childNodes) {
      if (!isElement(child) || skip?.(child)) continue
      out.push(child)
      walk(child)
    }
  }
  walk(root)
  return out
}

export const byTag = (root: Element | T.DocumentFragment, ...tags: string[]) =>
  descendants(root).filter((el) => tags.includes(el.tagName))
