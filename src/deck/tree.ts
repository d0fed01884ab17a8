/**
 * The trees the deck processor passes between its plugins.
 *
 * The parser gives a {@link DeckTree}: the front matter, then the deck cut
 * into chunks (runs of top-level blocks between two places where a slide may
 * begin: a ruler or a top-level heading). The split plugin turns it into a
 * {@link SlidesTree}: one {@link SlideNode} per slide, made of the chunks (or
 * pieces of chunks) it holds. Per-slide plugins change the slides' content
 * and fill in their data; the compiler turns the tree into a `Deck`.
 *
 * A chunk's `children` array is shared with the parser's cache, so the same
 * text gives the same array in every parse: plugins remember their work by
 * it (see {@link DeckCache.memo}) and never change it in place.
 */
import type { Definition, Parents, RootContent, Yaml, YamlData } from 'mdast'
import type { Data, Node, Parent } from 'unist'
import type { LocalValues, GlobalValues } from './directives.ts'
import type { ChunkBoundary } from './scan-blocks.ts'
import type { BackgroundImage, SlideHeading } from './types.ts'

/** Where a chunk's nodes came from: the parsed text, the chunk's first line in it, and its definitions. */
export interface ChunkOrigin {
  source: string
  lineBase: number
  definitions: Map<string, Definition>
}

/** A run of top-level blocks, parsed and remembered together. */
export interface ChunkNode extends Parent {
  type: 'chunk'
  children: RootContent[]
  data: Data & {
    boundary: ChunkBoundary
    /** 0-based line of the chunk's first line in the file. */
    line: number
    origin: ChunkOrigin
  }
}

/** The front matter as Marp reads it. */
export interface FrontMatterNode extends Yaml {
  data: YamlData & {
    /** The whole block as written, opener and closer lines included. */
    block: string
    /** Never closed: then it swallowed the whole file. */
    unclosed: boolean
  }
}

/** The parser's tree: the front matter (if any) and the body's chunks, in order. */
export interface DeckTree extends Parent {
  type: 'root'
  children: (FrontMatterNode | ChunkNode)[]
  data: Data & {
    /** 0-based line of the body's first line (after the front matter). */
    bodyLine: number
    /**
     * Set when only the first chunks were parsed (a parse with a `limit`):
     * the global directives of every comment of the deck, found by a quick
     * scan.
     */
    prescan?: GlobalValues | null
  }
}

/** A `<style>` block of a slide. */
export interface SlideStyle {
  css: string
  scoped: boolean
}

/** A `bg` image, with the split and direction keywords it carried. */
export interface SlideBackground extends BackgroundImage {
  split: { side: 'left' | 'right'; size: string } | null
  direction: 'horizontal' | 'vertical' | null
  /** The alt text as written, keywords included. */
  source: string
}

/** What the plugins learn about one slide. */
export interface SlideData extends Data {
  /** 0-based line in the file where the slide starts. */
  line: number
  /** The local and spot directives in effect. */
  values: LocalValues
  notes: string[]
  hidden: string[]
  styles: SlideStyle[]
  backgrounds: SlideBackground[]
  fragments: number
  headings: SlideHeading[]
}

/** One slide: the chunks (or pieces of chunks) it is made of. */
export interface SlideNode extends Parent {
  type: 'slide'
  children: ChunkNode[]
  data: SlideData
}

/** The tree after the split: slides, and what the deck as a whole says. */
export interface SlidesTree extends Parent {
  type: 'root'
  children: SlideNode[]
  data: Data & {
    globals: GlobalValues
    /** Front-matter keys that are not directives. */
    extra: Record<string, unknown>
    frontMatter: { present: boolean; parsedAsYaml: boolean; keys: string[]; text: string | null }
    /** Whether every chunk of the deck was parsed. */
    whole: boolean
  }
}

/** A chunk node with other children (a piece of it, or its content after a plugin). */
export function withChildren(chunk: ChunkNode, children: RootContent[]): ChunkNode {
  return { type: 'chunk', children, data: chunk.data }
}

/** The content of a slide as one list of nodes. */
export function slideContent(slide: SlideNode): RootContent[] {
  return slide.children.length === 1 ? (slide.children[0]?.children ?? []) : slide.children.flatMap((c) => c.children)
}

/** Whether a unist node is a chunk. */
export function isChunk(node: Node): node is ChunkNode {
  return node.type === 'chunk'
}

/**
 * A node list with each node replaced by `map(node)` (null drops it): the
 * same array when nothing changed, so results stay shared.
 */
export function mapNodes<T>(nodes: readonly T[], map: (node: T) => T | null): T[] {
  const out: T[] = []
  let changed = false
  for (const node of nodes) {
    const kept = map(node)
    changed ||= kept !== node
    if (kept) out.push(kept)
  }
  return changed ? out : (nodes as T[])
}

/** A parent with `map` applied to its children (see {@link mapNodes}); the same node when nothing changed. */
export function mapChildren<T extends Parents>(node: T, map: (node: RootContent) => RootContent | null): T {
  const children = mapNodes(node.children as RootContent[], map)
  return children === node.children ? node : ({ ...node, children } as T)
}
