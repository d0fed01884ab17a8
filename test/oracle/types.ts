/** Shape of Marp's reference models (`shared/decks/**\/*.marp.json`). */

export interface HeaderFooter {
  /** Directive value after YAML parsing (the `data-header`/`data-footer` attribute). */
  markdown: string
  /** Rendered text, whitespace collapsed. */
  text: string
  /** Tag of the element that swallowed Marp's header/footer through broken markup. */
  nestedIn?: string
}

export interface MarpBackgroundImage {
  url: string
  size: string | null
  filter: string | null
  /** Figure caption (alt text left after keywords), or null. */
  alt: string | null
}

export interface MarpSlideModel {
  index: number
  id: string
  class: string | null
  header: HeaderFooter | null
  footer: HeaderFooter | null
  paginate: boolean | 'skip' | 'hold'
  pagination: number | null
  paginationTotal: number | null
  backgroundImage: string | null
  backgroundPosition: string | null
  backgroundSize: string | null
  backgroundRepeat: string | null
  backgroundColor: string | null
  color: string | null
  theme: string | null
  size: string | null
  width: number
  height: number
  lang: string | null
  bgImages: MarpBackgroundImage[]
  bgSplit: 'left' | 'right' | null
  bgSplitSize: string | null
  bgDirection: 'horizontal' | 'vertical' | null
  fragments: number
  scopedStyle: boolean
  headings: string[]
  headingLevels: number[]
  headingIds: string[]
  notes: string[]
  counts: {
    math: number
    code: number
    tables: number
    images: number
    emoji: number
    lists: number
    links: number
  }
  textSample: string
  textLength: number
}

/**
 * Global directives as Marp recorded them (`lastGlobalDirectives`). Marpit
 * validates `theme`, `headingDivider` and `math` on the way in; marp-core's
 * `size` takes any string and only applies known presets, so an unknown
 * preset shows here while no slide gets a `size`.
 */
export interface MarpGlobalDirectives {
  theme: string | null
  size: string | null
  headingDivider: number | number[] | false | null
  lang: string | null
  math: string | null
  /** CSS of the `style` directive, cut like the reference models. */
  style: string | null
}

export interface MarpDeckModel {
  frontMatter: { present: boolean; parsedAsYaml: boolean; keys: string[] }
  globalDirectives: MarpGlobalDirectives
  total: number
  slides: MarpSlideModel[]
}
