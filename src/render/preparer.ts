/**
 * The heavy half of rendering: Markdown text to a Deck (the engine), slide
 * trees to safe hast (raw HTML parsed and sanitised), deck CSS scoped.
 *
 * Loaded on demand by the renderer for decks opened at run time
 * (`import()`), and run at build time for bundled decks
 * (scripts/vite-plugin-prepared-decks.ts) and in the PDF exporter.
 */
import type { Root as MdastRoot, RootContent } from 'mdast'
import { parseDeck, type Deck, type Slide } from '../deck/index.ts'
import { chooseTheme, deckSheet, themedDeckCss } from './deck-css.ts'
import { inlineHast, slideHast } from './hast.ts'
import type { PreparedDeck, PreparedSlide, Preparer } from './prepared.ts'

/** What a slide tree needs, added to `needs`. */
interface Found {
  math: boolean
  code: boolean
  diagrams: boolean
}

function scanNeeds(node: MdastRoot | RootContent, found: Found): void {
  if (node.type === 'math' || node.type === 'inlineMath') found.math = true
  else if (node.type === 'code' && node.lang === 'mermaid') found.diagrams = true
  else if (node.type === 'code' && node.lang) found.code = true
  else if ('children' in node) for (const child of node.children) scanNeeds(child, found)
}

/** What {@link Preparer.warm} prepares: the things most slides hold. */
const sample = (theme: string) =>
  [
    `---\ntheme: ${JSON.stringify(theme)}\npaginate: true\n---`,
    '# A *sample* slide\n\n- a **list** with `code` and [a link](https://example.com)\n  1. nested',
    '| a | b |\n| - | - |\n| 1 | 2 |\n\n![w:10](image.png)\n\n<div class="note">HTML</div>\n\n<!-- a note -->',
  ].join('\n\n')

/** The pipeline: each slide's safe hast, and the deck's CSS, theme and needs. */
export const preparer: Preparer = {
  slide: (slide: Slide): PreparedSlide => ({
    body: slideHast(slide.tree, slide, {}),
    header: slide.header ? inlineHast(slide.header.tree, {}) : null,
    footer: slide.footer ? inlineHast(slide.footer.tree, {}) : null,
  }),
  deck: (deck: Deck): PreparedDeck => {
    const found = { math: false, code: false, diagrams: false }
    for (const slide of deck.slides) {
      scanNeeds(slide.tree, found)
      if (slide.header) scanNeeds(slide.header.tree, found)
      if (slide.footer) scanNeeds(slide.footer.tree, found)
    }
    // MathJax unless the deck asks for KaTeX, as in Marp.
    const needs = { ...found, math: found.math ? (deck.meta.math ?? 'mathjax') : null }
    const { css, refused, cut } = deckSheet(deck)
    return { css, refusedImports: refused, ...(cut ? { cssCut: cut } : {}), theme: chooseTheme(deck), needs }
  },
  themedCss: themedDeckCss,
  warm(theme) {
    const deck = parseDeck(sample(theme))
    preparer.deck(deck)
    for (const slide of deck.slides) preparer.slide(slide)
  },
}

const emptyTree: MdastRoot = { type: 'root', children: [] }

/**
 * A deck prepared whole, as plain data: its slides' Markdown trees are left
 * out (the prepared hast replaces them). For decks prepared ahead of the
 * page: bundled decks at build time, the deck of a PDF export.
 */
export function prepareWholeDeck(text: string) {
  const deck = parseDeck(text)
  const prepared = { ...preparer.deck(deck), slides: deck.slides.map((slide) => preparer.slide(slide)) }
  const slides = deck.slides.map((slide) => ({
    ...slide,
    tree: emptyTree,
    header: slide.header && { ...slide.header, tree: emptyTree },
    footer: slide.footer && { ...slide.footer, tree: emptyTree },
  }))
  return { deck: { ...deck, slides }, prepared }
}

/** {@link prepareWholeDeck} as JSON, without source positions (not needed to render). */
export function preparedDeckJson(text: string): string {
  return JSON.stringify(prepareWholeDeck(text), (key, value: unknown) => (key === 'position' ? undefined : value))
}
