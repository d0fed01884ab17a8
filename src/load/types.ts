/** Where decks come from, and why one could not be opened. */

/** Where the deck on screen came from. */
export type DeckSource =
  | { kind: 'bundled'; name: string }
  | { kind: 'url'; name: string; url: string }
  /** Dropped, picked or pasted: `id` names its recent-deck entry; `encoding` when it was not UTF-8. */
  | { kind: 'file'; name: string; id: string; encoding?: string }

/** Why a deck could not be opened, in terms the UI can word in any language. */
export interface DeckLoadError {
  /** The deck URL as the user gave it, or the file's name (`origin: 'file'`). */
  url: string
  /**
   * `http` (status not OK), `network`, `html` (a web page, not Markdown), `bad-url`, `not-text`,
   * `too-large`, `timeout` (nothing came within the time limit), `unsigned` (a prepared deck not
   * signed by the PDF exporter); for files also `empty`, `not-markdown` (an image, a document…), `encoding`
   * (not UTF-8, GBK or Shift_JIS), `no-deck` (a drop without a Markdown file), `storage`
   * (a recent deck no longer stored), `unreadable` (parsing did not finish: the parser stopped or
   * kept running over its time budget).
   */
  code:
    | 'http'
    | 'network'
    | 'html'
    | 'bad-url'
    | 'not-text'
    | 'too-large'
    | 'empty'
    | 'not-markdown'
    | 'encoding'
    | 'no-deck'
    | 'storage'
    | 'timeout'
    | 'unsigned'
    | 'unreadable'
  /** Extra detail: the HTTP status line, the browser's message, the size limit, the kind of file. */
  detail: string
  /** Where it came from: a URL (default) or a file. */
  origin?: 'url' | 'file'
}
