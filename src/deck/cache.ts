/**
 * What one deck parser remembers between parses, so a deck re-read after an
 * edit costs only the chunks the edit touched: parsed chunks by their text,
 * the last scan, comment meanings, header and footer values, and each
 * plugin's work by the node list it was done on.
 *
 * It travels to the plugins in the file's data (`file.data.lectern`), so the
 * processor itself stays frozen and shared.
 */
import type { RootContent } from 'mdast'
import { classifyComment, readFrontMatter, type CommentMeaning } from './directives.ts'
import type { ScanResult } from './scan-blocks.ts'
import type { ChunkOrigin } from './tree.ts'
import type { HeaderFooter } from './types.ts'
import type { DroppedText } from './warn.ts'

/** A parsed chunk. */
export interface ParsedChunk {
  /** Top-level nodes as parsed and resolved (positions relative to `origin.source`). */
  nodes: RootContent[]
  origin: ChunkOrigin
  /** Text Marp's reading loses (table cells beyond the header). */
  dropped: DroppedText[]
  /** Why the chunk is kept as plain text, when it could not be parsed as Markdown. */
  notice?: string
}

/** Most chunks (and header/footer values, and comments) a parser remembers beyond those of the deck it last read. */
export const cacheLimit = 20_000

/** A parser's memory. */
export interface DeckCache {
  /** Parsed chunks by key (the chunk's text, plus the deck's definitions). */
  chunks: Map<string, ParsedChunk>
  /** The last scan of the body, which the next one reuses where the text did not change. */
  lastScan: ScanResult | undefined
  /** Header and footer values by their Markdown. */
  inlines: Map<string, HeaderFooter>
  /** What a comment means (directives, note, ignored), by its content. */
  meaning(content: string): CommentMeaning
  /** The front matter's directives (the last one read is remembered). */
  frontMatter(yaml: string): ReturnType<typeof readFrontMatter>
  /**
   * A plugin's result for a list of nodes, computed once per list.
   *
   * @param name The plugin's name (each plugin has its own table).
   */
  memo<T>(name: string): (nodes: readonly RootContent[], compute: () => T) => T
}

/** Options of one parse, next to the parser's memory. */
export interface DeckRun {
  cache: DeckCache
  /** Build only the first `limit` slides. */
  limit?: number | undefined
  /** Size presets by name, `[width, height]` in px. */
  sizes: Readonly<Record<string, readonly [number, number]>>
  /** How the chunks not parsed yet are read (see `ParseOptions`). */
  chunks: ChunkControl
}

/** A caller's say over how chunks are parsed: watching each call, and chunks that were too slow before. */
export interface ChunkControl {
  onChunks?: ((chunks: readonly number[]) => void) | undefined
  alone?: ReadonlySet<number> | undefined
  tooSlow?: ReadonlySet<number> | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The deck parser's memory and this parse's options. */
    lectern: DeckRun
  }
}

/** Forget what a map holds when adding would grow it past the limit. */
export function bound<K, V>(map: Map<K, V>, adding: number): void {
  if (map.size + adding > cacheLimit) map.clear()
}

/** A new, empty parser memory. */
export function createDeckCache(): DeckCache {
  const meanings = new Map<string, CommentMeaning>()
  let front: { yaml: string; read: ReturnType<typeof readFrontMatter> } | undefined
  const memos = new Map<string, (nodes: readonly RootContent[], compute: () => unknown) => unknown>()
  return {
    chunks: new Map(),
    lastScan: undefined,
    inlines: new Map(),
    meaning(content) {
      let meaning = meanings.get(content)
      if (!meaning) {
        meaning = classifyComment(content)
        bound(meanings, 1)
        meanings.set(content, meaning)
      }
      return meaning
    },
    frontMatter(yaml) {
      if (front?.yaml !== yaml) front = { yaml, read: readFrontMatter(yaml) }
      return front.read
    },
    memo<T>(name: string) {
      let memo = memos.get(name)
      if (!memo) {
        const results = new WeakMap<readonly RootContent[], unknown>()
        memo = (nodes, compute) => {
          if (results.has(nodes)) return results.get(nodes)
          const result = compute()
          results.set(nodes, result)
          return result
        }
        memos.set(name, memo)
      }
      return memo as (nodes: readonly RootContent[], compute: () => T) => T
    },
  }
}

/** The parser's memory and options, from a file the deck processor is working on. */
export function runOf(file: { data: { lectern?: DeckRun } }): DeckRun {
  const run = file.data.lectern
  if (!run) throw new Error('Unexpected file without `data.lectern`, expected a parse through `createDeckParser`')
  return run
}
