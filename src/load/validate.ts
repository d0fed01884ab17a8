/**
 * Checks on a file before and after reading it, so a wrong drop (an image, a
 * Word file, a huge log) gets a clear message instead of a garbled deck.
 */
import { maxDeckLength } from '../deck/limits.ts'
import { LoadProblem } from './problems.ts'

/** Largest deck file read, in bytes: the engine's limit (8 MB), checked before reading. */
export const maxDeckBytes = maxDeckLength

/** `8 MB`: a size for messages. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Extensions of deck files. */
const deckExtensions = /\.(?:md|markdown|mdown|mkd|mdwn|marp\.md|txt)$/i

/** Whether a file name looks like a Markdown deck. */
export function isDeckName(name: string): boolean {
  return deckExtensions.test(name)
}

/** Kinds of files that are certainly not decks, by extension. */
const notDecks: readonly [RegExp, string][] = [
  [/\.(?:png|jpe?g|gif|webp|avif|bmp|ico|svg|tiff?|heic)$/i, 'image'],
  [/\.(?:docx?|odt|rtf|pages)$/i, 'document'],
  [/\.(?:pptx?|odp|key)$/i, 'slides'],
  [/\.(?:xlsx?|ods|numbers)$/i, 'spreadsheet'],
  [/\.pdf$/i, 'pdf'],
  [/\.(?:zip|gz|tgz|7z|rar|tar|bz2|xz)$/i, 'archive'],
  [/\.(?:mp4|mov|webm|mkv|avi|mp3|wav|ogg|flac|m4a)$/i, 'media'],
  [/\.(?:exe|dll|so|dylib|bin|wasm|class|jar)$/i, 'program'],
]

/** The kind of a file that is not a deck (`image`, `document`…), from its name or type, else null. */
export function nonDeckKind(name: string, type: string): string | null {
  for (const [pattern, kind] of notDecks) if (pattern.test(name)) return kind
  if (/^image\//.test(type)) return 'image'
  if (/^(?:video|audio)\//.test(type)) return 'media'
  if (type === 'application/pdf') return 'pdf'
  return null
}

/**
 * Refuse a file before reading it.
 *
 * @param file
 *   Its name, MIME type and size in bytes.
 * @throws {LoadProblem}
 *   `not-markdown` (detail: the kind), `empty`, or `too-large` (detail: the limit).
 */
export function checkDeckFile(file: { name: string; type: string; size: number }): void {
  const kind = nonDeckKind(file.name, file.type)
  if (kind) throw new LoadProblem('not-markdown', kind)
  if (file.size === 0) throw new LoadProblem('empty')
  if (file.size > maxDeckBytes)
    throw new LoadProblem('too-large', `${formatSize(file.size)}/${formatSize(maxDeckBytes)}`)
}

/** Refuse decoded text that holds nothing: only white space. */
export function checkDeckText(text: string): void {
  if (text.trim() === '') throw new LoadProblem('empty')
}

/**
 * Whether bytes look like binary data rather than text: the engine's rule
 * (at least 8 control bytes other than tab, line feed, carriage return and
 * form feed, and more than 1 % of them, among the first 64 KiB), applied
 * before decoding, so binary data is not mistaken for text in another encoding.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536)
  // UTF-16 text is full of NULs: its byte order mark says so.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false
  let control = 0
  for (const byte of head) if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1f)) control++
  return control >= 8 && control / head.length > 0.01
}
