/**
 * Reads one slide of marp-core's inline-SVG output back into the reference
 * model. Everything comes from the rendered DOM: section attributes, the
 * advanced-background layer and the content itself.
 */
import { attr, byTag, childElements, descendants, type Element, isElement } from './html.ts'
import { collapse, isEmoji, isMath, textOf, truncate } from './text.ts'
import type { HeaderFooter, MarpBackgroundImage, MarpSlideModel } from './types.ts'

/** One `<svg data-marpit-svg>`: its content section plus optional bg layer. */
export interface SlideLayers {
  svg: Element
  content: Element
  background: Element | null
}

const TEXT_SAMPLE_MAX = 200

const paginateValue = (v: string | null): MarpSlideModel['paginate'] =>
  v === 'true' ? true : v === 'skip' || v === 'hold' ? v : false

const numberAttr = (el: Element, name: string) => {
  const v = attr(el, name)
  return v === null ? null : Number(v)
}

/**
 * Marp's own `<header>`/`<footer>`, present only when the slide has the
 * directive. Marp emits the header as the first child and the footer as the
 * last, but an unclosed element in the slide can swallow the footer, so fall
 * back to the last one in document order (the first one for the header).
 * Checking the data attribute first keeps raw `<header>` HTML in the body.
 */
function findChrome(section: Element, tag: 'header' | 'footer'): Element | null {
  if (attr(section, `data-${tag}`) === null) return null
  const kids = childElements(section)
  const edge = tag === 'header' ? kids[0] : kids[kids.length - 1]
  if (edge?.tagName === tag) return edge
  const all = byTag(section, tag)
  return (tag === 'header' ? all[0] : all[all.length - 1]) ?? null
}

function headerFooter(section: Element, tag: 'header' | 'footer', el: Element | null): HeaderFooter | null {
  const markdown = attr(section, `data-${tag}`)
  if (markdown === null) return null
  const model: HeaderFooter = { markdown, text: el ? collapse(textOf(el)) : '' }
  const parent = el?.parentNode
  if (parent && parent !== section && isElement(parent)) model.nestedIn = parent.tagName
  return model
}

/** `url("…")` with CSS escapes undone, as Marpit writes figure backgrounds. */
function cssUrl(style: string): string | null {
  const url = /background-image:\s*url\("((?:[^"\\]|\\.)*)"\)/.exec(style)?.[1]
  return url === undefined ? null : url.replace(/\\(.)/g, '$1')
}

/** One declaration of an inline style, as written (filters may hold `\\;`). */
const cssProp = (style: string, prop: string) =>
  new RegExp(`(?:^|;)\\s*${prop}:\\s*((?:[^;\\\\]|\\\\.)*)`).exec(style)?.[1]?.trim() ?? null

/** Slide size in px, from the `viewBox="0 0 W H"` Marp gives each slide's svg. */
function svgSize(svg: Element) {
  const [, , width = 0, height = 0] = (attr(svg, 'viewBox') ?? '').split(/\s+/).map(Number)
  return { width, height }
}

function backgroundImages(background: Element | null): MarpBackgroundImage[] {
  if (!background) return []
  return byTag(background, 'figure').map((figure) => {
    const style = attr(figure, 'style') ?? ''
    const caption = byTag(figure, 'figcaption')[0]
    return {
      url: cssUrl(style) ?? '',
      size: cssProp(style, 'background-size'),
      filter: cssProp(style, 'filter'),
      alt: caption ? textOf(caption) : null,
    }
  })
}

export function readSlide({ svg, content, background }: SlideLayers, index: number, notes: string[]): MarpSlideModel {
  const header = findChrome(content, 'header')
  const footer = findChrome(content, 'footer')
  const isChrome = (el: Element) => el === header || el === footer
  const body = descendants(content, isChrome)
  const headings = body.filter((el) => /^h[1-6]$/.test(el.tagName))
  const text = collapse(textOf(content, isChrome))
  const { width, height } = svgSize(svg)
  const container =
    background && byTag(background, 'div').find((d) => attr(d, 'data-marpit-advanced-background-container') !== null)
  const split = attr(content, 'data-marpit-advanced-background-split')

  return {
    index,
    id: attr(content, 'id') ?? '',
    class: attr(content, 'class'),
    header: headerFooter(content, 'header', header),
    footer: headerFooter(content, 'footer', footer),
    paginate: paginateValue(attr(content, 'data-paginate')),
    pagination: numberAttr(content, 'data-marpit-pagination'),
    paginationTotal: numberAttr(content, 'data-marpit-pagination-total'),
    backgroundImage: attr(content, 'data-background-image'),
    backgroundPosition: attr(content, 'data-background-position'),
    backgroundSize: attr(content, 'data-background-size'),
    backgroundRepeat: attr(content, 'data-background-repeat'),
    backgroundColor: attr(content, 'data-background-color'),
    color: attr(content, 'data-color'),
    theme: attr(content, 'data-theme'),
    size: attr(content, 'data-size'),
    width,
    height,
    lang: attr(content, 'lang'),
    bgImages: backgroundImages(background),
    bgSplit: split as MarpSlideModel['bgSplit'],
    bgSplitSize: split ? cssProp(attr(content, 'style') ?? '', '--marpit-advanced-background-split') : null,
    bgDirection: (container
      ? attr(container, 'data-marpit-advanced-background-direction')
      : null) as MarpSlideModel['bgDirection'],
    fragments: numberAttr(content, 'data-marpit-fragments') ?? 0,
    scopedStyle: content.attrs.some((a) => a.name.startsWith('data-marpit-scope-')),
    headings: headings.map((h) => collapse(textOf(h))),
    headingLevels: headings.map((h) => Number(h.tagName.slice(1))),
    headingIds: headings.map((h) => attr(h, 'id') ?? ''),
    notes,
    counts: {
      math: body.filter(isMath).length,
      code: body.filter((el) => el.tagName === 'pre').length,
      tables: body.filter((el) => el.tagName === 'table').length,
      images: body.filter((el) => el.tagName === 'img' && !isEmoji(el)).length,
      emoji: body.filter(isEmoji).length,
      lists: body.filter((el) => el.tagName === 'ul' || el.tagName === 'ol').length,
      links: body.filter((el) => el.tagName === 'a').length,
    },
    textSample: truncate(text, TEXT_SAMPLE_MAX),
    textLength: text.length,
  }
}
