/**
 * Fitting a slide's content to its box, in the DOM: too-wide code blocks are
 * zoomed to their width (as Marp's auto-scaling of `pre`), and with the
 * overflow guard on, content that spills out of the slide is zoomed until it
 * fits (see fit.css). Works at any on-screen scale: boxes are compared in the
 * same (transformed) coordinates.
 */
import { useLayoutEffect, type RefObject } from 'react'
import type { Slide } from '../deck/index.ts'
import { useRenderer } from './context.tsx'
import { useShownDeck } from './shown-deck.ts'
import { codeFit, estimateFit, isInside, searchFit, unionBox, type Box } from './fit-maths.ts'
import './fit.css'

/** Content sections of a slide box (with `![bg]` images, the `content` layer). */
const contentSections =
  'section:not([data-marpit-advanced-background]), section[data-marpit-advanced-background="content"]'

/**
 * The elements whose boxes must stay inside the slide: the section's content,
 * header and footer aside, and nothing a theme or deck positions on purpose
 * (`position: absolute` or `fixed`, with what is inside).
 */
function measuredElements(section: Element): Element[] {
  const elements: Element[] = []
  const visit = (element: Element) => {
    const position = getComputedStyle(element).position
    if (position === 'absolute' || position === 'fixed') return
    elements.push(element)
    for (const child of element.children) visit(child)
  }
  for (const child of section.children) {
    if (child.localName !== 'header' && child.localName !== 'footer') visit(child)
  }
  return elements
}

function contentBox(elements: readonly Element[]): Box | null {
  return unionBox(elements.map((element) => element.getBoundingClientRect()))
}

/**
 * The area content must stay in: the slide, minus the bands its header and
 * footer draw along the top and the bottom (content running under the footer
 * counts as overflowing), in on-screen pixels. A tall header or footer is
 * a decoration content may lie over (as on some covers), not a band.
 */
function contentArea(section: HTMLElement): Box {
  const box = section.getBoundingClientRect()
  const area = { left: box.left, top: box.top, right: box.right, bottom: box.bottom }
  const middle = (box.top + box.bottom) / 2
  const band = box.height / 8
  for (const child of section.children) {
    const edge = child.getBoundingClientRect()
    if (edge.height === 0 || edge.height > band) continue
    if (child.localName === 'header' && edge.bottom < middle) area.top = Math.max(area.top, edge.bottom)
    if (child.localName === 'footer' && edge.top > middle) area.bottom = Math.min(area.bottom, edge.top)
  }
  return area
}

/** Zoom too-wide code blocks to their width; never enlarge. */
function fitCodeBlocks(section: Element): void {
  for (const pre of section.querySelectorAll<HTMLElement>('pre')) {
    pre.style.removeProperty('zoom')
    const zoom = codeFit(pre.clientWidth, pre.scrollWidth)
    if (zoom < 1) pre.style.setProperty('zoom', String(zoom))
  }
}

function setSectionFit(section: HTMLElement, zoom: number): void {
  if (zoom < 1) {
    section.setAttribute('data-lectern-shrink', '')
    section.style.setProperty('--lectern-shrink', String(zoom))
  } else {
    section.removeAttribute('data-lectern-shrink')
    section.style.removeProperty('--lectern-shrink')
  }
}

/**
 * Whether a section's content (header and footer aside) leaves the slide or
 * runs under its header or footer, as it is laid out now.
 */
export function sectionOverflows(section: HTMLElement): boolean {
  if (section.offsetWidth === 0) return false
  const scale = section.getBoundingClientRect().width / section.offsetWidth
  return !isInside(contentBox(measuredElements(section)), contentArea(section), scale)
}

/** Shrink one section's content until it fits; the zoom used (1 when none was needed). */
function fitSection(section: HTMLElement): number {
  setSectionFit(section, 1)
  if (section.offsetWidth === 0) return 1
  // One CSS pixel of the slide, in on-screen pixels.
  const scale = section.getBoundingClientRect().width / section.offsetWidth
  const area = contentArea(section)
  const elements = measuredElements(section)
  const content = contentBox(elements)
  if (!content || isInside(content, area, scale)) return 1
  const zoom = searchFit(
    (candidate) => {
      setSectionFit(section, candidate)
      return isInside(contentBox(elements), area, scale)
    },
    estimateFit(content, area),
  )
  setSectionFit(section, zoom)
  return zoom
}

/**
 * Fit the slide(s) in a slide box now.
 *
 * @param box
 *   The `[data-lectern-slide]` element.
 * @param guard
 *   Whether overflowing content is shrunk (code blocks are fitted either way).
 * @returns
 *   The zoom applied to the content (1 when none).
 */
export function fitSlideBox(box: HTMLElement, guard: boolean): number {
  let zoom = 1
  for (const section of box.querySelectorAll<HTMLElement>(contentSections)) {
    if (section.parentElement !== box) continue
    setSectionFit(section, 1)
    fitCodeBlocks(section)
    if (guard) zoom = Math.min(zoom, fitSection(section))
  }
  if (zoom < 1) box.setAttribute('data-lectern-shrunk', String(zoom))
  else box.removeAttribute('data-lectern-shrunk')
  return zoom
}

/**
 * Keep a slide box fitted: at once (before paint), and again when its
 * content changes size (images and fonts loading, another theme).
 *
 * @param ref
 *   The `[data-lectern-slide]` element.
 * @param slide
 *   The slide it shows (its result is reported for badges and the preflight).
 */
export function useFitSlide(ref: RefObject<HTMLElement | null>, slide: Slide): void {
  const guard = useShownDeck().fit
  const store = useRenderer().store
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const run = () => {
      // Not laid out (in a closed dialog): nothing to measure until it shows.
      if (box.getClientRects().length === 0) return
      try {
        store.getState().reportFit(slide, fitSlideBox(box, guard))
      } catch (error) {
        // Fitting is a nicety: the slide must show whatever happens here.
        console.error('Unexpected error fitting a slide, expected it to be measurable; shown unfitted', error)
      }
    }
    run()
    // Later changes of size are fitted on the next frame: doing it inside the
    // observer's callback would resize observed elements again in the same frame.
    let frame = 0
    let live = true
    const later = () => {
      if (!live) return
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(run)
    }
    const resized = new ResizeObserver(later)
    const observeChildren = () => {
      resized.disconnect()
      for (const section of box.children) for (const child of section.children) resized.observe(child)
    }
    observeChildren()
    // Content replaced under the same slide (math or code highlighting loaded): watch the new elements.
    const replaced = new MutationObserver(() => {
      observeChildren()
      later()
    })
    replaced.observe(box, { childList: true, subtree: true })
    document.fonts?.ready.then(later, () => {})
    return () => {
      live = false
      resized.disconnect()
      replaced.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [ref, slide, guard, store])
}
