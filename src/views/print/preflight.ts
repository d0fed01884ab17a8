/** Checks before printing: slides whose content overflows the slide box (or was shrunk to fit), images that did not load. */

import { sectionOverflows } from '../../render/index.ts'

/** One problem found on a slide (0-based index). */
export interface PreflightIssue {
  slideIndex: number
  kind: 'overflow' | 'shrunk' | 'image'
  /** The image's address or alt text, for `image`; the zoom in percent, for `shrunk` (the overflow guard fitted it). */
  detail?: string
}

/** Content sections of a slide box (with `![bg]` images, the `content` layer). */
const contentSections =
  'section:not([data-marpit-advanced-background]), section[data-marpit-advanced-background="content"]'

/** Wait until every image under `root` has loaded or failed (at most `timeoutMs`). */
export async function imagesSettled(root: ParentNode, timeoutMs = 10_000): Promise<void> {
  const pending = [...root.querySelectorAll('img')].filter((img) => !img.complete)
  if (pending.length === 0) return
  const all = Promise.all(
    pending.map(
      (img) =>
        new Promise<void>((resolve) => {
          img.addEventListener('load', () => resolve(), { once: true })
          img.addEventListener('error', () => resolve(), { once: true })
        }),
    ),
  )
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))])
}

/** Inspect the printed pages (`[data-lectern-print-page]` elements with `data-slide-index`). */
export function preflight(root: ParentNode): PreflightIssue[] {
  const issues: PreflightIssue[] = []
  const seen = new Set<number>()
  for (const page of root.querySelectorAll<HTMLElement>('[data-lectern-print-page]')) {
    const slideIndex = Number(page.dataset.slideIndex)
    // Printing every step repeats a slide: look at it once.
    if (seen.has(slideIndex)) continue
    seen.add(slideIndex)
    const box = page.querySelector<HTMLElement>('[data-lectern-slide]')
    if (!box) continue
    // Content boxes, not scroll sizes: a theme's header or footer reaching past the edge is not overflow.
    const overflows = [...box.querySelectorAll<HTMLElement>(contentSections)].some(sectionOverflows)
    const fit = Number(box.dataset.lecternShrunk)
    if (fit > 0 && fit < 1) issues.push({ slideIndex, kind: 'shrunk', detail: String(Math.round(fit * 100)) })
    else if (overflows) issues.push({ slideIndex, kind: 'overflow' })
    for (const broken of box.querySelectorAll<HTMLElement>('[data-lectern-broken-image]')) {
      issues.push({ slideIndex, kind: 'image', detail: broken.textContent?.trim() || undefined })
    }
    for (const img of box.querySelectorAll('img')) {
      if (img.complete && img.naturalWidth === 0)
        issues.push({ slideIndex, kind: 'image', detail: img.getAttribute('src') ?? undefined })
    }
  }
  return issues
}
