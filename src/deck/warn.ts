/**
 * Deck warnings travel as the file's messages (unified's way to report on a
 * file), and come out as the Deck's `warnings`.
 */
import type { VFile } from 'vfile'
import type { DeckWarning } from './types.ts'

/** Text Marp drops without a word, with its 0-based line within its chunk, and why. */
export interface DroppedText {
  text: string
  line: number
  why: string
}

/** Report a problem of the deck on the file being processed. */
export function warn(file: VFile, { rule, message, line, lost }: DeckWarning): void {
  const reported = file.message(message, { place: { line, column: 1 }, ruleId: rule, source: 'lectern' })
  // The text Marp's reading loses is the source value the message is about.
  if (lost !== undefined) reported.actual = lost
}

/** The file's messages as Deck warnings, from the top of the file down. */
export function warningsOf(file: VFile): DeckWarning[] {
  return file.messages
    .map((message): DeckWarning => {
      const warning: DeckWarning = {
        rule: message.ruleId ?? 'unknown',
        message: message.reason,
        line: message.line ?? 1,
      }
      if (message.actual !== undefined) warning.lost = message.actual
      return warning
    })
    .sort((a, b) => a.line - b.line)
}

/** Report text Marp drops, found in the chunk that starts on 0-based line `chunkLine`. */
export function warnDropped(file: VFile, drop: DroppedText, chunkLine: number): void {
  warn(file, {
    rule: 'dropped-text',
    message: `${drop.why}: “${drop.text.slice(0, 80)}”.`,
    line: chunkLine + drop.line + 1,
    lost: drop.text,
  })
}
