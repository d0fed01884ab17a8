/**
 * The attributes of a slide's `<section>`, as Marp writes them:
 * `data-*` for each directive, custom properties then real CSS in `style`,
 * pagination, fragments, size, and the advanced-background layer marks.
 * Themes select on these, so they follow Marp's names and values.
 */
import type { CSSProperties } from 'react'
import type { Slide } from '../deck/index.ts'
import { cleanCssValue } from './css.ts'

/** Which section of a slide: the only one, or one of the three background layers. */
export type SectionLayer = 'single' | 'background' | 'content' | 'pseudo'

/** Props for a React `<section>`; `data-*` keys as written. */
export type SectionProps = {
  id?: string
  className?: string
  lang?: string
  style: CSSProperties
} & Record<`data-${string}`, string>

export interface SectionOptions {
  /** Which layer (default `single`: no advanced background). */
  layer?: SectionLayer
  /** The theme the deck chose, for `data-theme`; null when it chose none or an unknown one (as in Marp). */
  theme?: string | null
  /** Key of the slide's scoped styles (adds `data-marpit-scope-KEY`), if any. */
  scope?: string | null
  /** The `backgroundImage` directive's image failed to load: leave the theme's background in place. */
  backgroundImageFailed?: boolean
  /** Where the `backgroundImage` directive's `url()`s load from (the deck's asset resolver), after cleaning. */
  resolveUrls?: (cssValue: string) => string
}

function camel(property: string): string {
  return property.startsWith('--')
    ? property
    : property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

function paginateValue(paginate: Slide['paginate']): string | null {
  if (paginate === true) return 'true'
  return paginate === 'hold' || paginate === 'skip' ? paginate : null
}

/**
 * Attributes of one of a slide's sections.
 *
 * @param slide
 *   The slide.
 * @param options
 *   Layer, theme in use, scope attribute.
 * @returns
 *   Props for `<section>`. The content (or single) layer has the `id`; the
 *   pseudo layer's style holds only `color`.
 */
export function sectionProps(slide: Slide, options: SectionOptions = {}): SectionProps {
  const layer = options.layer ?? 'single'
  const data: Record<string, string> = {}
  const custom: [string, string][] = []
  const css: [string, string][] = []

  const directive = (name: string, value: string | null | undefined) => {
    if (!value) return
    data[`data-${name}`] = value
    const clean = cleanCssValue(`--${name}`, value)
    if (clean !== null) custom.push([`--${name}`, clean])
  }
  directive('theme', options.theme)
  directive('lang', slide.lang)
  directive('paginate', paginateValue(slide.paginate))
  directive('header', slide.header?.markdown)
  directive('footer', slide.footer?.markdown)
  directive('class', slide.class)
  directive('background-color', slide.backgroundColor)
  directive('background-image', slide.backgroundImage)
  directive('background-position', slide.backgroundPosition)
  directive('background-repeat', slide.backgroundRepeat)
  directive('background-size', slide.backgroundSize)
  directive('color', slide.color)

  const set = (property: string, value: string | null) => {
    const clean = value === null ? null : cleanCssValue(property, value)
    if (clean === null) return
    const existing = css.findIndex(([name]) => name === property)
    if (existing === -1) css.push([property, clean])
    else css[existing] = [property, clean]
  }
  if (slide.backgroundColor && cleanCssValue('background-color', slide.backgroundColor) !== null) {
    set('background-color', slide.backgroundColor)
    set('background-image', 'none')
  }
  if (
    slide.backgroundImage &&
    !options.backgroundImageFailed &&
    cleanCssValue('background-image', slide.backgroundImage) !== null
  ) {
    set('background-image', slide.backgroundImage)
    const image = css.findIndex(([name]) => name === 'background-image')
    if (options.resolveUrls && image !== -1) css[image] = ['background-image', options.resolveUrls(css[image]![1])]
    set('background-position', slide.backgroundPosition ?? 'center')
    set('background-repeat', slide.backgroundRepeat ?? 'no-repeat')
    set('background-size', slide.backgroundSize ?? 'cover')
  }
  set('color', slide.color)

  if (slide.size) data['data-size'] = slide.size
  if (slide.pagination !== null) {
    data['data-marpit-pagination'] = String(slide.pagination)
    if (slide.paginationTotal !== null) data['data-marpit-pagination-total'] = String(slide.paginationTotal)
  }
  if (slide.fragments > 0) data['data-marpit-fragments'] = String(slide.fragments)
  if (options.scope) data[`data-marpit-scope-${options.scope}`] = ''

  const style: Record<string, string> = {}
  if (layer === 'pseudo') {
    const color = css.find(([name]) => name === 'color')
    if (color) style.color = color[1]
  } else {
    for (const [name, value] of [...custom, ...css]) style[camel(name)] = value
  }

  if (layer !== 'single') {
    data['data-marpit-advanced-background'] = layer
    if (slide.bgSplit) {
      data['data-marpit-advanced-background-split'] = slide.bgSplit
      if (layer !== 'pseudo')
        style['--marpit-advanced-background-split'] = cleanCssValue('width', slide.bgSplitSize ?? '50%') ?? '50%'
    }
  }

  const props: SectionProps = { style: style as CSSProperties, ...data }
  if (layer === 'single' || layer === 'content') props.id = slide.id
  if (slide.class) props.className = slide.class
  if (slide.lang) props.lang = slide.lang
  return props
}
