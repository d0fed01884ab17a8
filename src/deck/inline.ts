/**
 * Header and footer values: Markdown read inline only, as Marp reads them,
 * so `# h` and `- item` stay literal text. They are parsed with the deck
 * processor's own syntax (its plugins' extensions), every block construct
 * turned off.
 */
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Processor } from 'unified'
import { maxDelimiterRuns } from './scan-blocks.ts'

/** Block constructs, by micromark name: with these off, any text parses as one paragraph. */
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
  'marpMathFlow',
  'table',
  'gfmFootnoteDefinition',
]

/**
 * A parser of header and footer values with the processor's syntax.
 *
 * @returns Parses many values at once: one paragraph each, separated by blank
 *   lines, which saves the parser's fixed cost per call. Values that hold a
 *   blank line themselves, or nothing, are parsed alone.
 */
export function createInlineParser(processor: Processor): (values: readonly string[]) => Root[] {
  const parse = (markdown: string): Root =>
    fromMarkdown(markdown, {
      extensions: [...(processor.data('micromarkExtensions') ?? []), { disable: { null: blocks } }],
      mdastExtensions: processor.data('fromMarkdownExtensions') ?? [],
    })
  // Delimiters are paired by walking back over the earlier ones: too many are kept as literal text.
  const literal = (value: string) => (value.match(/[*_~]+/g)?.length ?? 0) > maxDelimiterRuns
  const joinable = (value: string) => value.trim() !== '' && !/\n[ \t]*(?:\n|$)/.test(value) && !literal(value)
  return (values) => {
    const batch = values.filter(joinable)
    const tree = batch.length > 1 ? parse(batch.join('\n\n')) : null
    const paragraphs = tree && tree.children.length === batch.length ? tree.children : null
    let next = 0
    return values.map((value): Root => {
      if (literal(value))
        return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
      const paragraph = paragraphs && joinable(value) ? paragraphs[next++] : undefined
      return paragraph ? { type: 'root', children: [paragraph] } : parse(value)
    })
  }
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
