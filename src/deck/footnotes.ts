/**
 * GFM footnotes, per slide (beyond Marp, whose markdown-it has none): a
 * footnote is shown at the foot of each slide that calls it, wherever in the
 * deck it is defined, so the slide's tree carries the definitions it calls
 * after its content (remark-rehype numbers them per slide). A definition no
 * slide calls stays where it is, as the text it was written as.
 */
import type { FootnoteDefinition, Nodes, Paragraph, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import { mapChildren, mapNodes, withChildren, type ChunkNode, type SlideNode, type SlidesTree } from './tree.ts'

/** The footnote calls and definitions in a list of nodes. */
interface Footnotes {
  calls: string[]
  definitions: FootnoteDefinition[]
}

function collect(node: Nodes, found: Footnotes): void {
  if (node.type === 'footnoteReference') found.calls.push(node.identifier)
  else if (node.type === 'footnoteDefinition') found.definitions.push(node)
  if ('children' in node) for (const child of node.children) collect(child, found)
}

/** A definition no slide calls, as the paragraph of text it was written as. */
function asText(node: FootnoteDefinition, chunk: ChunkNode): Paragraph {
  const { start, end } = node.position ?? {}
  const value = chunk.data.origin.source.slice(start?.offset, end?.offset)
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: value || `[^${node.label ?? node.identifier}]:` }],
  }
  if (node.position) paragraph.position = node.position
  return paragraph
}

/** The slide's content without definitions (those called somewhere become text). */
function withoutDefinitions(node: RootContent, chunk: ChunkNode, called: ReadonlySet<string>): RootContent | null {
  if (node.type === 'footnoteDefinition') return called.has(node.identifier) ? null : asText(node, chunk)
  return 'children' in node ? mapChildren(node, (child) => withoutDefinitions(child, chunk, called)) : node
}

/** The definitions a slide shows at its foot: those it calls, and those they call, in order. */
function calledBy(calls: readonly string[], definitions: ReadonlyMap<string, FootnoteDefinition>) {
  const shown = new Map<string, FootnoteDefinition>()
  const queue = [...calls]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const definition = definitions.get(id)
    if (!definition || shown.has(id)) continue
    shown.set(id, definition)
    const inner: Footnotes = { calls: [], definitions: [] }
    for (const child of definition.children) collect(child, inner)
    queue.push(...inner.calls)
  }
  return [...shown.values()]
}

/** Footnotes moved to the foot of the slides that call them. */
export function remarkFootnotes() {
  return (tree: SlidesTree, file: VFile) => {
    const memo = runOf(file).cache.memo<Footnotes>('footnotes')
    const found = (chunk: ChunkNode) =>
      memo(chunk.children, () => {
        const result: Footnotes = { calls: [], definitions: [] }
        for (const node of chunk.children) collect(node, result)
        return result
      })
    const definitions = new Map<string, FootnoteDefinition>()
    const called = new Set<string>()
    const slides: SlideNode[] = []
    for (const slide of tree.children) {
      const inSlide = slide.children.map(found)
      if (!inSlide.some((f) => f.calls.length || f.definitions.length)) continue
      slides.push(slide)
      for (const f of inSlide) {
        for (const definition of f.definitions) {
          if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition)
        }
        for (const call of f.calls) called.add(call)
      }
    }
    for (const slide of slides) {
      const calls = slide.children.flatMap((chunk) => found(chunk).calls)
      const chunks = slide.children.map((chunk) =>
        found(chunk).definitions.length
          ? withChildren(
              chunk,
              mapNodes(chunk.children, (node) => withoutDefinitions(node, chunk, called)),
            )
          : chunk,
      )
      const last = chunks.at(-1)
      const foot = calledBy(calls, definitions)
      slide.children = foot.length && last ? [...chunks, withChildren(last, foot)] : chunks
    }
  }
}
