/**
 * Where an in-deck link goes: `#3` (Marp's 1-based slide number), `#slug`
 * (a heading id), or `#heading text` as written (`#📜%20引言`, which Marp
 * itself cannot follow), raw HTML headings (`<h2>…</h2>`) included.
 */
import type { Deck } from './types.ts'

/**
 * The 0-based index of the slide a link points to, or null when it points
 * elsewhere (another page, an unknown anchor).
 *
 * Notes: numbers out of range are clamped, as Marp clamps `#99`.
 */
export function resolveLink(deck: Deck, href: string): number | null {
  if (!href.startsWith('#')) return null
  let target = href.slice(1)
  try {
    target = decodeURIComponent(target)
  } catch {
    // a lone `%` stays as written
  }
  const last = deck.slides.length - 1
  if (last < 0) return null
  if (/^\d+$/.test(target)) return Math.min(Math.max(Number(target) - 1, 0), last)
  // Raw HTML headings written without an id have the id `''`, which no link names.
  const byId = deck.slides.findIndex((slide) =>
    slide.headings.some((h) => h.id !== '' && (safeDecode(h.id) === target || h.id === target)),
  )
  if (byId !== -1) return byId
  const wanted = normalise(target)
  const byText = deck.slides.findIndex((slide) => slide.headings.some((h) => normalise(h.text) === wanted))
  return byText === -1 ? null : byText
}

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id)
  } catch {
    return id
  }
}

/** Heading text compared loosely: case, spacing and punctuation aside. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, '')
}
