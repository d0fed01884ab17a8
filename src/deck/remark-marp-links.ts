/**
 * Bare URLs: Marp's links first, then GFM's.
 *
 * Marp links them after inline parsing, with linkify-it (what markdown-it
 * uses): scheme URLs and e-mail addresses (marp-core turns fuzzy `www.`
 * links off). This plugin does the same while each chunk is parsed. GFM's
 * autolink literals (remark-gfm, used after this plugin) then add what is
 * left, such as `www.` links, so a deck gets every link Marp finds and more.
 *
 * GFM's literals are found in text only, after parsing, as Marp finds its
 * own: their micromark constructs are turned off, because inside inline
 * parsing a URL runs on over syntax that follows it, and
 * `https://x.com![bg](a.png)` would swallow the image.
 */
import { LinkifyIt } from 'linkify-it'
import type { Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast'
import type { Processor } from 'unified'

const linkify = new LinkifyIt().set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false })

/** No linking inside these: links themselves, and literal text. */
const skipped = new Set(['link', 'linkReference', 'definition', 'code', 'inlineCode', 'html', 'math', 'inlineMath'])

function linkifyText(node: Text): PhrasingContent[] | null {
  const matches = linkify.match(node.value)
  if (!matches) return null
  const out: PhrasingContent[] = []
  let at = 0
  for (const match of matches) {
    if (match.index > at) out.push({ type: 'text', value: node.value.slice(at, match.index) })
    const link: Link = { type: 'link', url: match.url, title: null, children: [{ type: 'text', value: match.text }] }
    out.push(link)
    at = match.lastIndex
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) })
  return out
}

function visit(node: Nodes) {
  if (!('children' in node) || skipped.has(node.type)) return
  const parent = node as Parents
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index] as Nodes
    if (child.type === 'text') {
      const replaced = linkifyText(child)
      if (replaced) {
        parent.children.splice(index, 1, ...(replaced as typeof parent.children))
        index += replaced.length - 1
      }
    } else visit(child)
  }
}

/** GFM's autolink literal constructs, by micromark name. */
const gfmLiterals = ['wwwAutolink', 'protocolAutolink', 'emailAutolink']

/** Link bare URLs and e-mail addresses in text, as Marp does, while parsing. */
export function remarkMarpLinks(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({ disable: { null: gfmLiterals } })
  ;(data.fromMarkdownExtensions ??= []).push({ transforms: [(tree: Root) => visit(tree)] })
}
