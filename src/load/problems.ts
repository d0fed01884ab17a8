/** Why a dropped, picked or pasted file cannot be a deck, in terms the UI can word. */
import type { DeckLoadError } from './types.ts'

/** The file-side reasons of {@link DeckLoadError}. */
export type LoadProblemCode = Extract<
  DeckLoadError['code'],
  'empty' | 'not-markdown' | 'too-large' | 'not-text' | 'encoding' | 'no-deck' | 'unreadable'
>

/** A file that is not a deck Lectern can open. */
export class LoadProblem extends Error {
  readonly code: LoadProblemCode
  /** Detail the message names: the size limit, the kind of file. */
  readonly detail: string
  constructor(code: LoadProblemCode, detail = '') {
    super(`${code}${detail ? `: ${detail}` : ''}`)
    this.name = 'LoadProblem'
    this.code = code
    this.detail = detail
  }
}

/** The store's error for a problem with the named file. */
export function fileLoadError(name: string, problem: LoadProblem): DeckLoadError {
  return { url: name, code: problem.code, detail: problem.detail, origin: 'file' }
}
