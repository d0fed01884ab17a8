/**
 * The text search found, marked on its slide with the CSS Custom Highlight
 * API: the slide's DOM is not touched (React owns it), only highlighted.
 * Browsers without the API show the slide unmarked.
 */
import { useEffect, type RefObject } from 'react'

const highlightName = 'lectern-search'

/** Ranges of `text` (ignoring case) in the text nodes under `root`. */
function rangesOf(root: Node, text: string): Range[] {
  const wanted = text.toLowerCase()
  const ranges: Range[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node.nodeValue ?? '').toLowerCase()
    for (let at = value.indexOf(wanted); at !== -1; at = value.indexOf(wanted, at + wanted.length)) {
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      ranges.push(range)
    }
  }
  return ranges
}

/**
 * Highlight `text` in an element while mounted (null: nothing).
 *
 * @param ref
 *   The slide's box.
 * @param text
 *   The text to mark, or null.
 */
export function useSearchMark(ref: RefObject<HTMLElement | null>, text: string | null): void {
  useEffect(() => {
    const root = ref.current
    if (!root || !text || typeof Highlight === 'undefined' || !CSS.highlights) return
    // Wait a frame: math and code stages may replace the slide's text just after it shows.
    const frame = requestAnimationFrame(() => CSS.highlights.set(highlightName, new Highlight(...rangesOf(root, text))))
    return () => {
      cancelAnimationFrame(frame)
      CSS.highlights.delete(highlightName)
    }
  }, [ref, text])
}
