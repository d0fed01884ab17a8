/**
 * The bundled Awesome tour deck splits into the same slides, with the same
 * classes, in Lectern's engine and in marp-core, and shows every Awesome
 * class and the combinations the tour promises.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDeckParser } from '../src/deck/index.ts'
import { compareWithMarp } from './conformance.ts'
import { marpModel } from './oracle/marp-model.ts'

const markdown = readFileSync(new URL('../decks/awesome-tour.md', import.meta.url), 'utf8')

/** Every class of the spec (section 4) and the aliases the tour demonstrates. */
const classes = [
  'cover_a',
  'cover_b',
  'cover_c',
  'cover_d',
  'cover_e',
  'toc_a',
  'toc_b',
  'trans',
  'lastpage',
  'navbar',
  'fixedtitleA',
  'fixedtitleB',
  'cols-2',
  'cols-2-64',
  'cols-2-73',
  'cols-2-46',
  'cols-2-37',
  'cols-3',
  'rows-2',
  'pin-3',
  'bq-black',
  'bq-purple',
  'bq-red',
  'bq-blue',
  'bq-green',
  'caption',
  'fglass',
  'footnote',
  'tinytext',
  'smalltext',
  'largetext',
  'hugetext',
  'cols2_ol_sq',
  'cols2_ol_ci',
  'cols2_ul_sq',
  'cols2_ul_ci',
  'col1_ol_sq',
  'col1_ol_ci',
  'col1_ul_sq',
  'col1_ul_ci',
  'cols_ul_sq',
  'cols_ul_ci',
]
const combinations = [
  'cols2_ol_ci fglass toc_a',
  'cols-2-64 navbar',
  'navbar fixedtitleB',
  'navbar cols-2',
  'cols-2 bq-purple',
  'cols-2-64 fglass',
]

describe('the Awesome tour deck', () => {
  const deck = createDeckParser().parse(markdown)
  const marp = marpModel(markdown)

  it('should split into the same slides with the same classes as marp-core', () => {
    expect(deck.slides.length).toBe(marp.total)
    expect(deck.slides.map((slide) => slide.class)).toEqual(marp.slides.map((slide) => slide.class))
  })

  it('should agree with marp-core on every compared field', () => {
    expect(compareWithMarp(markdown).differences).toEqual([])
  })

  it('should have a slide for every class alone and for each combination', () => {
    const used = deck.slides.map((slide) => slide.class ?? '')
    for (const name of classes)
      expect(
        used.some((list) => list.split(/\s+/).includes(name)),
        name,
      ).toBe(true)
    for (const combination of combinations) expect(used, combination).toContain(combination)
  })

  it('should name its classes in each slide heading (toc_b: in its sidebar header)', () => {
    const unnamed = deck.slides.flatMap((slide, index) => {
      const names = (slide.class ?? '').split(/\s+/).filter(Boolean)
      const text = `${marp.slides[index]!.headings.join(' ')} ${marp.slides[index]!.header?.text ?? ''}`
      return names.filter((name) => !text.includes(name)).map((name) => `slide ${index + 1}: ${name}`)
    })
    expect(unnamed).toEqual([])
  })

  it('should link only to slides it has', () => {
    const targets = [...markdown.matchAll(/\]\(#(\d+)\)/g)].map((match) => Number(match[1]))
    expect(targets.length).toBeGreaterThan(20)
    for (const target of targets) expect(target).toBeLessThanOrEqual(deck.slides.length)
  })
})
