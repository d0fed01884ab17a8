/**
 * Text in, Deck out: the engine's entry point, over the deck processor
 * (processor.ts).
 */
import { createDeckCache } from './cache.ts'
import { deckProcessor } from './processor.ts'
import type { Deck } from './types.ts'

export interface ParseDeckOptions {
  /** Size presets by name, `[width, height]` in px. Default: `16:9` (1280×720) and `4:3` (960×720). */
  sizes?: Readonly<Record<string, readonly [number, number]>>
}

const defaultSizes: Record<string, readonly [number, number]> = { '16:9': [1280, 720], '4:3': [960, 720] }

export interface ParseOptions {
  /**
   * Build only the first `limit` slides, parsing no more of the deck than
   * they need (to show slide 1 of a long deck at once). The Deck is then
   * marked `complete: false`: global directives come from a quick scan of
   * the comments, and page totals count only the slides built.
   */
  limit?: number
  /**
   * Called before each call into the Markdown parser with the chunks it
   * reads (their 0-based places among the deck's chunks), and after it with
   * none, so a caller on another thread can time each call and stop one that
   * runs too long.
   */
  onChunks?: (chunks: readonly number[]) => void
  /** Chunks to parse each on its own (not batched with others): one of them was too slow. */
  alone?: ReadonlySet<number>
  /** Chunks kept as plain text, with a warning, because parsing them took too long before. */
  tooSlow?: ReadonlySet<number>
}

export interface DeckParser {
  /** Parse a deck; chunks seen before (in this parser) are not parsed again. */
  parse(text: string, options?: ParseOptions): Deck
}

/**
 * Make a parser that remembers parsed chunks, for re-parsing a deck as it is
 * edited.
 *
 * @param options Size presets.
 */
export function createDeckParser(options: ParseDeckOptions = {}): DeckParser {
  const sizes = options.sizes ?? defaultSizes
  const cache = createDeckCache()
  return {
    parse(text: string, { limit, ...chunks }: ParseOptions = {}): Deck {
      const file = deckProcessor.processSync({ value: text, data: { lectern: { cache, limit, sizes, chunks } } })
      return file.result as Deck
    },
  }
}

/**
 * Parse a Marp Markdown deck.
 *
 * @param text The deck's Markdown.
 * @param options Size presets.
 * @throws {DeckError} When the input is not a text deck or is too large.
 */
export function parseDeck(text: string, options: ParseDeckOptions = {}): Deck {
  return createDeckParser(options).parse(text)
}
