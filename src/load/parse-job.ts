/**
 * The messages between the page and the parse worker (parse-worker.ts), and
 * the worker's side of a job: parse the text (its first slides first, when
 * asked), naming each chunk before the Markdown parser reads it so the page
 * can stop a parse that hangs (worker-parser.ts).
 */
import type { DeckParser } from '../deck/index.ts'
import { DeckError } from '../deck/limits.ts'

/** A deck to parse. */
export interface ParseJob {
  id: number
  text: string
  /** Send a Deck of only the first `first` slides as soon as they are parsed, then the whole deck. */
  first?: number
  /** Chunks to parse each on its own (a batch of them was too slow). */
  alone: number[]
  /** Chunks to keep as plain text (each was too slow alone). */
  tooSlow: number[]
}

/** What the worker says about a job. */
export type ParseReport =
  /** The Markdown parser is about to read these chunks; none: it is done with them. */
  | { id: number; kind: 'chunks'; chunks: number[] }
  /** A Deck as JSON (source positions left out): partial first when asked, then whole. */
  | { id: number; kind: 'deck'; json: string; complete: boolean }
  /** The engine refused the text (DeckError), or something else went wrong (`code` null). */
  | { id: number; kind: 'error'; code: 'too-large' | 'not-text' | null; message: string }

/** JSON without source positions: the renderer does not need them, and they are most of a tree's size. */
export const deckJson = (deck: unknown) =>
  JSON.stringify(deck, (key, value: unknown) => (key === 'position' ? undefined : value))

/**
 * Run a job in the worker.
 *
 * @param parser
 *   The worker's parser (it remembers chunks between jobs: a watched deck re-parses only what changed).
 * @param post
 *   Sends a report to the page.
 */
export function runParseJob(parser: DeckParser, job: ParseJob, post: (report: ParseReport) => void): void {
  const { id, text, first } = job
  const options = {
    alone: new Set(job.alone),
    tooSlow: new Set(job.tooSlow),
    onChunks: (chunks: readonly number[]) => post({ id, kind: 'chunks', chunks: [...chunks] }),
  }
  try {
    if (first !== undefined) {
      const partial = parser.parse(text, { ...options, limit: first })
      post({ id, kind: 'deck', json: deckJson(partial), complete: partial.complete })
      if (partial.complete) return
    }
    const deck = parser.parse(text, options)
    post({ id, kind: 'deck', json: deckJson(deck), complete: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    post({ id, kind: 'error', code: error instanceof DeckError ? error.code : null, message })
  }
}
