/**
 * Marp oracle: what real Marp (marp-core 5, dev-only) makes of a deck, in the
 * shape of the reference models in `shared/decks`. Tests compare the engine
 * with this instead of with hand-written expectations.
 */
import { attr, childElements, descendants, type Element, parseHtml } from './html.ts'
import { renderMarp } from './render.ts'
import { readSlide, type SlideLayers } from './slide.ts'
import { truncate } from './text.ts'
import type { MarpDeckModel, MarpGlobalDirectives } from './types.ts'

export type * from './types.ts'

/** The reference models keep only the start of a long `style` directive. */
const STYLE_MAX = 300

/** Each `<svg data-marpit-svg>` is one slide; its layers tell content from backgrounds. */
function slideLayers(html: string): SlideLayers[] {
  const svgs = descendants(parseHtml(html)).filter((el) => el.tagName === 'svg' && attr(el, 'data-marpit-svg') !== null)
  return svgs.map((svg) => {
    const sections = descendants(svg, (el) => el.tagName === 'section')
      .filter((el) => el.tagName === 'foreignObject')
      .flatMap((fo) => childElements(fo).filter((el) => el.tagName === 'section'))
    const layer = (s: Element) => attr(s, 'data-marpit-advanced-background')
    const content = sections.find((s) => layer(s) === null || layer(s) === 'content')
    if (!content) throw new Error('marp oracle: slide without a content section')
    return { svg, content, background: sections.find((s) => layer(s) === 'background') ?? null }
  })
}

const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null)

function globalDirectives(globals: Record<string, unknown>): MarpGlobalDirectives {
  const style = stringOrNull(globals.style)
  return {
    theme: stringOrNull(globals.theme),
    size: stringOrNull(globals.size),
    headingDivider: (globals.headingDivider ?? null) as MarpGlobalDirectives['headingDivider'],
    lang: stringOrNull(globals.lang),
    math: stringOrNull(globals.math),
    style: style === null ? null : truncate(style, STYLE_MAX),
  }
}

export function marpModel(markdown: string): MarpDeckModel {
  const render = renderMarp(markdown)
  const slides = slideLayers(render.html).map((layers, i) => readSlide(layers, i, render.comments[i] ?? []))
  return {
    frontMatter: {
      present: render.frontMatter !== null,
      parsedAsYaml: render.frontMatterYaml !== false,
      keys: render.frontMatterYaml === false ? [] : Object.keys(render.frontMatterYaml),
    },
    globalDirectives: globalDirectives(render.globalDirectives),
    total: slides.length,
    slides,
  }
}
