/**
 * Input the engine refuses outright, with a typed error the UI can word.
 * Everything else, however odd, becomes a Deck (with warnings).
 */

/** Why a text cannot be a deck. */
export type DeckErrorCode = 'too-large' | 'not-text'

export class DeckError extends Error {
  readonly code: DeckErrorCode
  constructor(code: DeckErrorCode, message: string) {
    super(message)
    this.name = 'DeckError'
    this.code = code
  }
}

/** Largest deck the engine reads, in UTF-16 code units (about 8 MB of text). */
export const maxDeckLength = 8 * 1024 * 1024

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`

/**
 * Refuse text that is too large to present or that is binary data.
 *
 * Notes: "binary" means at least 8 control characters (other than tab, line
 * feed, carriage return and form feed), and more than 1 % of them, among the
 * first 64 KiB: what images, archives and office files look like once decoded
 * as text. A stray NUL in a text deck is not binary.
 */
export function checkText(text: string): void {
  if (text.length > maxDeckLength) {
    throw new DeckError(
      'too-large',
      `This deck is ${megabytes(text.length)}; Lectern opens decks up to ${megabytes(maxDeckLength)}.`,
    )
  }
  const head = text.slice(0, 65536)
  const control = head.match(/[\0-\x08\x0b\x0e-\x1f]/g)?.length ?? 0
  if (control >= 8 && control / head.length > 0.01) {
    throw new DeckError(
      'not-text',
      'This file is not a Markdown text deck: it looks like binary data (an image, an archive or an office document).',
    )
  }
}
