/**
 * The oracle must reproduce Marp's reference models exactly, or it is no
 * oracle. Each shared deck is rendered with marp-core and compared with the
 * `.marp.json` shipped beside it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hasShared, listSharedDecks } from '../shared-decks.ts'
import { marpModel, type MarpDeckModel, type MarpSlideModel } from './marp-model.ts'

const SLIDE_FIELDS = [
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
  'counts',
  'textSample',
  'textLength',
] as const satisfies readonly (keyof MarpSlideModel)[]

/**
 * The reference files end every background caption with "\n", which Marp's
 * output does not contain: Marpit writes the leftover alt text (already
 * left-trimmed) into `<figcaption>` as is. It is an artifact of the tool that
 * wrote the JSON, so trailing whitespace of `alt` is not compared.
 */
const normalizeAlt = (slide: Partial<MarpSlideModel>) => ({
  ...slide,
  bgImages: slide.bgImages?.map((bg) => ({ ...bg, alt: bg.alt?.trimEnd() ?? null })),
})

const slideView = (slide: MarpSlideModel) =>
  normalizeAlt(Object.fromEntries(SLIDE_FIELDS.map((k) => [k, slide[k]])) as Partial<MarpSlideModel>)

const decks = listSharedDecks()

describe.skipIf(!hasShared)('marpModel reproduces the shared reference models', () => {
  it('finds the shared decks', () => {
    expect(decks.length).toBeGreaterThan(0)
  })

  describe.each(decks)('$name', ({ mdPath, jsonPath }) => {
    // Rendered on first use, so a Marp failure fails a test instead of collection.
    let cached: { model: MarpDeckModel; reference: MarpDeckModel } | undefined
    const load = () =>
      (cached ??= {
        model: marpModel(readFileSync(mdPath, 'utf8')),
        reference: JSON.parse(readFileSync(jsonPath, 'utf8')) as MarpDeckModel,
      })

    it('deck-level fields', () => {
      const { model, reference } = load()
      expect(model.frontMatter).toStrictEqual(reference.frontMatter)
      expect(model.globalDirectives).toStrictEqual(reference.globalDirectives)
      expect(model.total).toBe(reference.total)
    })

    it('every slide', () => {
      const { model, reference } = load()
      expect(model.slides.map(slideView)).toStrictEqual(reference.slides.map(slideView))
    })
  })
})
