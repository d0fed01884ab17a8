/**
 * The faces Lectern bundles for its themes (src/themes/awesome/fonts.css),
 * loaded as soon as a `?print=1` page starts, while it waits for its deck:
 * a face is otherwise fetched only when laying out the slides finds text in
 * it, and the slides are then laid out (and fitted) a second time once it
 * has come (~0.07 s of the Awesome demo's PDF export). Only their Latin and
 * icon parts: other scripts' parts are fetched as text needs them, and so is
 * LXGW WenKai (the CJK body face), whose many parts only a deck's text picks.
 */

/** The families fonts.css declares. */
export const bundledFamilies = ['CMU Serif', 'Charm', 'Fira Code', 'Lectern Awesome Icons', 'Lectern Awesome Brands']

/** Code points a part must cover to be loaded: Latin `a`, or the private use area (icons). */
const wanted = [0x61, 0xe000, 0xf8ff]

/** Whether a CSS `unicode-range` (`U+0-FF, U+131, U+4??`, as `FontFace.unicodeRange` gives it) covers a code point. */
export function rangeCovers(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part)
    if (!match?.[1]) return false
    const low = Number.parseInt(match[1].replace(/\?/g, '0'), 16)
    const high = Number.parseInt(match[2] ?? match[1].replace(/\?/g, 'f'), 16)
    return codePoint >= low && codePoint <= high
  })
}

/** The bundled faces worth loading ahead, from a font set. */
export function facesToPreload<Face extends Pick<FontFace, 'family' | 'unicodeRange'>>(faces: Iterable<Face>): Face[] {
  return [...faces].filter(
    (face) =>
      bundledFamilies.includes(face.family.replace(/^["']|["']$/g, '')) &&
      wanted.some((codePoint) => rangeCovers(face.unicodeRange, codePoint)),
  )
}

/** Start loading the bundled faces (a failed one is simply not used). */
export function preloadBundledFaces(fonts: FontFaceSet = document.fonts): void {
  for (const face of facesToPreload(fonts)) face.load().catch(() => {})
}
