/**
 * Bytes to deck text. UTF-8 first (strictly); when the bytes are not UTF-8
 * but read plausibly as GBK/GB 18030 or Shift_JIS — which Chinese and
 * Japanese editors on Windows still write — decode them so and say so.
 */
import { LoadProblem } from './problems.ts'

/** The encodings a deck may arrive in. */
export type DeckEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'shift_jis'

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  text: string
  encoding: DeckEncoding
}

/** How much of a legacy decoding must look like real text to be accepted. */
const plausible = 0.9

/**
 * Share of double-byte characters in the GB 2312 area (lead and trail
 * 0xA1–0xFE): nearly all of them in Chinese text, few in Japanese
 * Shift_JIS, whose kana lead with 0x82/0x83.
 */
export function gbScore(bytes: Uint8Array): number {
  let pairs = 0
  let common = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!
    if (lead < 0x80) continue
    const trail = bytes[i + 1] ?? 0
    pairs++
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++
    // GB 18030 four-byte sequences have a digit second byte.
    i += trail >= 0x30 && trail <= 0x39 ? 3 : 1
  }
  return pairs === 0 ? 0 : common / pairs
}

/** Whether a non-ASCII character is one Japanese or Chinese text is made of. */
function isCjkText(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (code >= 0x4e00 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xff01 && code <= 0xff5e) || // full-width ASCII
    (code >= 0x2010 && code <= 0x203b) || // dashes, quotes, ellipsis
    code === 0x00a7 ||
    code === 0x00b0 ||
    code === 0x00d7 ||
    code === 0x00f7 ||
    (code >= 0x0391 && code <= 0x03c9) || // Greek
    (code >= 0x2190 && code <= 0x22ff) || // arrows, maths
    (code >= 0x2460 && code <= 0x25ff) // circled numbers, boxes, shapes
  )
}

/**
 * Share of non-ASCII characters that are CJK text: low for Chinese bytes read
 * as Shift_JIS (half-width katakana and private-use characters).
 */
export function cjkScore(text: string): number {
  let total = 0
  let good = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) continue
    total++
    if (isCjkText(code)) good++
  }
  return total === 0 ? 0 : good / total
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Decode a deck file.
 *
 * @param bytes
 *   The file's bytes.
 * @returns
 *   The text (without a byte order mark) and its encoding.
 * @throws {LoadProblem}
 *   `encoding` when the bytes are neither UTF-8 (or UTF-16 with a byte order
 *   mark) nor plausibly GBK or Shift_JIS.
 */
export function decodeDeckBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }

  const gb = tryDecode('gb18030', bytes)
  const sjis = tryDecode('shift_jis', bytes)
  const gbPlausibility = gb === null ? 0 : Math.min(gbScore(bytes), cjkScore(gb))
  const sjisPlausibility = sjis === null ? 0 : cjkScore(sjis)
  if (gb !== null && gbPlausibility >= plausible && gbPlausibility >= sjisPlausibility)
    return { text: gb, encoding: 'gb18030' }
  if (sjis !== null && sjisPlausibility >= plausible) return { text: sjis, encoding: 'shift_jis' }
  throw new LoadProblem('encoding')
}
