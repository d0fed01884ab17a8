/**
 * The engine reads every shared deck as Marp does: each compared field of
 * each slide equals marp-core's (rendered now, as the oracle) and the model
 * shipped beside the deck.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { deckModel, parseDeck } from '../src/deck/index.ts'
import { comparable, comparedFields, compareWithMarp } from './conformance.ts'
import { hasShared, listSharedDecks } from './shared-decks.ts'

const decks = listSharedDecks()

describe.skipIf(!hasShared)('the engine agrees with Marp on the shared decks', () => {
  it('should find the seed deck, the Awesome demo and the corpus', () => {
    expect(decks.map((d) => d.name)).toEqual(
      expect.arrayContaining(['seed-bert', '01-awesome-marp-blue', '26-indie-gaia']),
    )
  })

  describe.each(decks)('$name', ({ mdPath, jsonPath }) => {
    const markdown = readFileSync(mdPath, 'utf8')

    it('should agree with marp-core rendered now on every compared field', () => {
      const result = compareWithMarp(markdown)
      expect(result.differences).toEqual([])
      expect(result.ourTotal).toBe(result.marpTotal)
    }, 30_000) // marp-core renders the large decks in about 3 s alone, far longer beside a browser suite

    it('should agree with the shipped Marp model', () => {
      const shipped = JSON.parse(readFileSync(jsonPath, 'utf8')) as { total: number; slides: Record<string, unknown>[] }
      const ours = deckModel(parseDeck(markdown)).slides as unknown as Record<string, unknown>[]
      expect(ours).toHaveLength(shipped.total)
      const differing = ours.flatMap((slide, index) =>
        comparedFields
          .filter(
            (field) =>
              !isDeepStrictEqual(comparable(field, slide[field]), comparable(field, shipped.slides[index]?.[field])),
          )
          .map((field) => `slide ${index} ${field}`),
      )
      expect(differing).toEqual([])
    })
  })
})
