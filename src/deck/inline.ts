/**
 * Header and footer values: inline Markdown only (marp-compat §7), so `# h`
 * and `- item` stay literal text.
 */
import type { Nodes, Root } from 'mdast'
import { unified, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import { marpDialect } from './parse-chunk.ts'

/** Turn off every block construct so the text parses as one paragraph. */
function remarkInlineOnly(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] }
  const blocks = [
    'blockQuote',
    'codeFenced',
    'codeIndented',
    'definition',
    'headingAtx',
    'htmlFlow',
    'list',
    'setextUnderline',
    'thematicBreak',
    'mathFlow',
  ]
  ;(data.micromarkExtensions ??= []).push({ disable: { null: blocks } })
}

const processor = unified().use(remarkParse).use(marpDialect).use(remarkInlineOnly).freeze()

/** Parse a header or footer value as inline Markdown. */
export function parseInline(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root
}

/**
 * Parse many values at once: one paragraph each, separated by blank lines,
 * which saves the parser's fixed cost per call. Values that hold a blank line
 * themselves, or nothing, are parsed alone.
 */
export function parseInlines(values: readonly string[]): Root[] {
  const joinable = (value: string) => value.trim() !== '' && !/\n[ \t]*(?:\n|$)/.test(value)
  const batch = values.filter(joinable)
  const tree = batch.length > 1 ? parseInline(batch.join('\n\n')) : null
  const paragraphs = tree && tree.children.length === batch.length ? tree.children : null
  let next = 0
  return values.map((value): Root => {
    const paragraph = paragraphs && joinable(value) ? paragraphs[next++] : undefined
    return paragraph ? { type: 'root', children: [paragraph] } : parseInline(value)
  })
}

/**
 * Text content as a reader sees it: line breaks count as spaces, images add
 * nothing, math shows as `$TeX$`; whitespace collapsed and trimmed.
 */
export function visibleText(node: Nodes): string {
  const collect = (n: Nodes): string => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        return n.value
      case 'break':
        return ' '
      case 'inlineMath':
      case 'math':
        return `$${n.value}$`
      case 'html':
        return /^<br\b/i.test(n.value) ? ' ' : ''
      case 'image':
      case 'imageReference':
        return ''
      default:
        return 'children' in n ? n.children.map(collect).join('') : ''
    }
  }
  return collect(node).replace(/\s+/g, ' ').trim()
}
