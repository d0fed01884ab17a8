import { describe, expect, it } from 'vitest'
import { createDeckParser, parseDeck } from './index.ts'

// Three chunks: the engine cuts a deck at rulers (and top-level headings, which these slides have none of).
/** A Deck as data, without source positions (parsing alone or in a batch counts lines from another start). */
const data = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)))

const deck = 'First *slide*.\n\n---\n\n[link](https://example.com/two) and **bold**\n\n---\n\nThird _slide_\n'

describe('parsing under a caller that times each parser call', () => {
  it('should name the chunks of each call before it and none after it, batching small ones', () => {
    const calls: number[][] = []
    createDeckParser().parse(deck, { onChunks: (chunks) => calls.push([...chunks]) })
    expect(calls).toEqual([[0, 1, 2], []])
  })

  it('should parse the chunks it is told to alone, each in its own call', () => {
    const calls: number[][] = []
    const parsed = createDeckParser().parse(deck, {
      alone: new Set([1]),
      onChunks: (chunks) => calls.push([...chunks]),
    })
    expect(calls).toEqual([[0], [], [1], [], [2], []])
    expect(data(parsed)).toEqual(data(parseDeck(deck)))
  })

  it('should keep a chunk that was too slow as plain text with a warning, and read the others as Markdown', () => {
    const calls: number[][] = []
    const parsed = createDeckParser().parse(deck, {
      tooSlow: new Set([1]),
      onChunks: (chunks) => calls.push([...chunks]),
    })
    expect(calls.flat()).not.toContain(1)
    expect(parsed.slides).toHaveLength(3)
    expect(parsed.slides[1]?.tree.children).toEqual([
      expect.objectContaining({ type: 'code', value: '\n[link](https://example.com/two) and **bold**\n' }),
    ])
    expect(data(parsed.slides[0])).toEqual(data(parseDeck(deck).slides[0]))
    expect(data(parsed.slides[2])).toEqual(data(parseDeck(deck).slides[2]))
    expect(parsed.warnings).toContainEqual({
      rule: 'unparsed-chunk',
      message: 'Reading this part as Markdown took too long; this part is shown as plain text.',
      line: 4,
    })
  })
})
