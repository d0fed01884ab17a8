/**
 * The Deck model: what the engine makes of a Marp Markdown file.
 *
 * Field names and value shapes of {@link Slide} follow Marp's per-slide
 * models (`shared/decks/corpus/*.marp.json`) so the two compare field by field.
 */
import type { Root } from 'mdast'
// Typed `data.hProperties` on mdast nodes: how the engine passes attributes
// (fragment marks, image sizes, fit headings) through remark-rehype.
import type {} from 'mdast-util-to-hast'

declare module 'mdast' {
  interface ImageData {
    /** The alt text as written, when Marp keywords (`w:200`, `sepia`) were taken out of it. */
    marpAlt?: string
  }
}

/** `true`, `false`, `'skip'` or `'hold'`, as Marp's `paginate` directive. */
export type Paginate = boolean | 'skip' | 'hold'

/** A header or footer value: its Markdown (after YAML), its text, and its inline tree. */
export interface HeaderFooter {
  markdown: string
  text: string
  tree: Root
}

/** One `![bg …](url)` image of a slide. */
export interface BackgroundImage {
  url: string
  /** CSS `background-size` (`contain`, `300px auto`, `150%`), or null. */
  size: string | null
  /** CSS `filter` chain, or null. */
  filter: string | null
  /** Alt text left after keywords were consumed (the figure caption), or null. */
  alt: string | null
}

/** A problem found in the deck, with the 1-based source line it concerns. */
export interface DeckWarning {
  /** Short rule id that tests and the UI can match, such as `front-matter-yaml`. */
  rule: string
  message: string
  line: number
  /** The text that Marp's reading loses, when the warning is about lost text. */
  lost?: string
}

/** One heading of a slide body. */
export interface SlideHeading {
  text: string
  level: number
  /** Marp's id: the slug of a Markdown heading; for raw HTML, the `id` it was written with, or `''`. */
  id: string
  /** Written as raw HTML (`<h2>…</h2>`) rather than Markdown. */
  raw?: true
}

export interface DeckMeta {
  /** Title: the `title` directive, else the raw text of the first top-level heading (marp-cli). */
  title: string | null
  author: string | null
  description: string | null
  keywords: string[]
  lang: string | null
  theme: string | null
  /** Size preset name (`16:9`, `4:3`) when the deck set a valid one. */
  size: string | null
  width: number
  height: number
  headingDivider: number[] | null
  math: 'katex' | 'mathjax' | null
  /** CSS of the `style` directive. */
  style: string | null
  /** Global (unscoped) `<style>` blocks, in document order. */
  styles: string[]
  /** Front-matter keys that are not Marp directives, kept as written (blog metadata and such). */
  extra: Record<string, unknown>
  /** Whether the file had a front matter block, whether its YAML was usable, its keys and text. */
  frontMatter: { present: boolean; parsedAsYaml: boolean; keys: string[]; text: string | null }
}

export interface Slide {
  /** 0-based position. */
  index: number
  /** The section id Marp gives: the 1-based position as a string. */
  id: string
  /** 1-based source line where the slide starts. */
  line: number
  class: string | null
  header: HeaderFooter | null
  footer: HeaderFooter | null
  paginate: Paginate
  pagination: number | null
  paginationTotal: number | null
  backgroundImage: string | null
  backgroundPosition: string | null
  backgroundSize: string | null
  backgroundRepeat: string | null
  backgroundColor: string | null
  color: string | null
  /** Marp-cli `transition` value (`fade 1s`), or null. */
  transition: string | null
  theme: string | null
  size: string | null
  width: number
  height: number
  lang: string | null
  bgImages: BackgroundImage[]
  bgSplit: 'left' | 'right' | null
  bgSplitSize: string | null
  bgDirection: 'horizontal' | 'vertical' | null
  /** Number of fragment steps (items of `*` and `1)` lists). */
  fragments: number
  /** CSS of the slide's `<style scoped>` blocks. */
  scopedStyles: string[]
  headings: SlideHeading[]
  /** Presenter notes: comments that were not directives, trimmed, in order. */
  notes: string[]
  /** Raw text Marp hides on this slide: directive and lint comments, fit markers, style blocks. */
  hidden: string[]
  /** The slide content, ready for remark-rehype (comments, styles and bg images removed). */
  tree: Root
}

export interface Deck {
  meta: DeckMeta
  slides: Slide[]
  warnings: DeckWarning[]
  /** False when only the first slides were built (`parse(text, { limit })`). */
  complete: boolean
}
