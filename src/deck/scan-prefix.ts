/**
 * Scanning only the start of a deck, for its first slides: the line scanner
 * (scan-blocks.ts) reads forward and decides each cut from the lines before
 * it, so the chunks of a prefix of the text, less the last (cut short by the
 * prefix's end), are the deck's first chunks exactly. The one thing the rest
 * of the text could add is a link or footnote definition, which reaches back
 * to every chunk: when the rest holds a line that may be one (a `[…]:`
 * after nothing but indentation, quote and list markers), the whole text is
 * scanned.
 */
import { scanBlocks, type ScanResult } from './scan-blocks.ts'

/** The first prefix scanned, in characters (a few slides of most decks). */
const firstPrefix = 16 * 1024

/** A line that may hold a link or footnote definition (more loosely than the scanner reads one). */
const mayDefine = /^[ \t>*+\-.)\d]*\[[^\n]*\]:/m

/** The chunks of the start of a text, grown on demand. */
export interface PrefixScan {
  /** The chunks found so far: the text's first chunks, or all of them once `whole`. */
  readonly scan: ScanResult
  /** Whether `scan` covers the whole text. */
  readonly whole: boolean
  /**
   * Scan further, until at least `count` chunks are known or the text ends.
   *
   * @returns The number of chunks known.
   */
  grow(count: number): number
}

/** The chunks of `text[0, end)`, less the last (cut short by `end`). */
function scanHead(text: string, end: number): ScanResult {
  const head = scanBlocks(text.slice(0, end))
  // The last chunk is cut short; blocks left open are closed further on.
  return { ...head, chunks: head.chunks.slice(0, -1), unclosed: [] }
}

/**
 * Scan the start of a Markdown body, growing by four times until enough
 * chunks are known.
 *
 * @param text Markdown body (front matter already removed), LF line endings.
 */
export function scanPrefix(text: string): PrefixScan {
  let size = firstPrefix
  const read = () => {
    const end = text.indexOf('\n', size)
    const whole = end === -1 || mayDefine.test(text.slice(end))
    return { scan: whole ? scanBlocks(text) : scanHead(text, end), whole }
  }
  let state = read()
  return {
    get scan() {
      return state.scan
    },
    get whole() {
      return state.whole
    },
    grow(count) {
      while (!state.whole && state.scan.chunks.length < count) {
        size *= 4
        state = read()
      }
      return state.scan.chunks.length
    },
  }
}
