/**
 * Field-by-field comparison of our deck model with Marp's (the oracle), for
 * the conformance test and the conformance report.
 */
import { isDeepStrictEqual } from 'node:util'
import type { Nodes } from 'mdast'
import { deckModel, parseDeck, type Slide } from '../src/deck/index.ts'
import { marpModel } from './oracle/marp-model.ts'

/** The per-slide fields both models have and must agree on. */
export const comparedFields = [
  'index',
  'id',
  'class',
  'header',
  'footer',
  'paginate',
  'pagination',
  'paginationTotal',
  'backgroundImage',
  'backgroundPosition',
  'backgroundSize',
  'backgroundRepeat',
  'backgroundColor',
  'color',
  'theme',
  'size',
  'width',
  'height',
  'lang',
  'bgImages',
  'bgSplit',
  'bgSplitSize',
  'bgDirection',
  'fragments',
  'scopedStyle',
  'headings',
  'headingLevels',
  'headingIds',
  'notes',
] as const

export interface FieldDifference {
  slide: number
  field: string
  ours: unknown
  marp: unknown
}

export interface Conformance {
  ourTotal: number
  marpTotal: number
  /** Slides whose every compared field agrees. */
  agreeing: number
  differences: FieldDifference[]
}

/** Marp keeps no `nestedIn` of ours; background captions compare without trailing space. */
export function comparable(field: string, value: unknown): unknown {
  if ((field === 'header' || field === 'footer') && value && typeof value === 'object') {
    const { markdown, text } = value as { markdown: string; text: string }
    return { markdown, text }
  }
  if (field === 'bgImages' && Array.isArray(value)) {
    return value.map((bg: { alt: string | null }) => ({ ...bg, alt: bg.alt?.trimEnd() ?? null }))
  }
  return value
}

/** The labels of the footnotes a slide calls. */
function footnoteCalls(slide: Slide | undefined): string[] {
  const labels: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'footnoteReference') labels.push(node.label ?? node.identifier)
    if ('children' in node) node.children.forEach(visit)
  }
  if (slide) visit(slide.tree)
  return labels
}

/**
 * What GFM adds beyond Marp is left out by one rule. A footnote call is a
 * mark here, not part of a heading's text, while Marp, which has no
 * footnotes, shows it as text: `[^1]`, or `^1` when the definition reads as
 * a link (a bare URL). So on a slide that calls footnotes, Marp's heading
 * texts are compared without those calls. (Task list items and GFM's extra
 * links change no compared field.)
 */
function withoutCalls(headings: string[], calls: readonly string[]): string[] {
  if (calls.length === 0) return headings
  return headings.map((text) =>
    calls
      .reduce((rest, label) => rest.replaceAll(`[^${label}]`, '').replaceAll(`^${label}`, ''), text)
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

/** Compare our model of a deck with Marp's. */
export function compareWithMarp(markdown: string): Conformance {
  const deck = parseDeck(markdown)
  const ours = deckModel(deck).slides
  const marp = marpModel(markdown).slides.map((slide, index) => ({
    ...slide,
    headings: withoutCalls(slide.headings, footnoteCalls(deck.slides[index])),
  }))
  const differences: FieldDifference[] = []
  let agreeing = 0
  for (let index = 0; index < Math.max(ours.length, marp.length); index++) {
    const a = ours[index] as Record<string, unknown> | undefined
    const b = marp[index] as unknown as Record<string, unknown> | undefined
    let same = !!a && !!b
    for (const field of comparedFields) {
      const x = comparable(field, a?.[field])
      const y = comparable(field, b?.[field])
      if (!isDeepStrictEqual(x, y)) {
        same = false
        differences.push({ slide: index, field, ours: x, marp: y })
      }
    }
    if (same) agreeing++
  }
  return { ourTotal: ours.length, marpTotal: marp.length, agreeing, differences }
}
