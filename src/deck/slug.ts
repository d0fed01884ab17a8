/**
 * Heading ids as marp-core makes them: GitHub-like slugs,
 * made unique across the deck, where slide ids (`1`, `2`, …) count as taken.
 */

const punctuation =
  /[\][!/'"#$%&()*+,./:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g

/** A UTF-16 surrogate without its pair (only malformed text has one), which `encodeURI` refuses. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Slug of a heading's text: lowercased, spaces to `-`, punctuation dropped, URI-encoded. */
export function slugify(text: string): string {
  const slug = text.trim().toLowerCase().replace(/\s+/g, '-').replace(punctuation, '')
  // Marp trims one run of dashes: the leading one, or else a trailing one.
  return encodeURI(slug.replace(/^-+|-+$/, '').replace(loneSurrogate, '\uFFFD'))
}

/** Makes slugs unique: a slug seen before gets `-1`, `-2`, … */
export function createSlugger(taken: Iterable<string>) {
  const counts = new Map<string, number>()
  for (const id of taken) counts.set(id, 0)
  return (slug: string): string => {
    const previous = counts.get(slug)
    const count = previous === undefined ? 0 : previous + 1
    counts.set(slug, count)
    return count > 0 ? `${slug}-${count}` : slug
  }
}
