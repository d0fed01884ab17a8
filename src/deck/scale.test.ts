/**
 * Hostile and huge decks: text that used to freeze the parser for minutes or
 * lose slides must open, with its text, and say what it did.
 */
import { describe, expect, it } from 'vitest'
import { createDeckParser, parseDeck } from './index.ts'
import { maxDelimiterRuns, scanBlocks } from './scan-blocks.ts'

const flood = (unit: string, kib: number) => unit.repeat(Math.ceil((kib * 1024) / unit.length))
const rules = (deck: ReturnType<typeof parseDeck>) => deck.warnings.map((w) => w.rule)
/** The slide's text kept as plain text (a code block), trimmed. */
const plainText = (deck: ReturnType<typeof parseDeck>, slide: number) =>
  deck.slides[slide]?.tree.children.flatMap((node) => (node.type === 'code' ? [node.value.trim()] : []))

describe('emphasis delimiters that never pair up', () => {
  it('should keep 100 KB of `*a**` as plain text with a warning', () => {
    const text = flood('*a**', 100)
    const deck = parseDeck(text)
    expect(deck.slides).toHaveLength(1)
    expect(plainText(deck, 0)?.[0] === text).toBe(true)
    expect(rules(deck)).toEqual(['unparsed-chunk'])
    expect(deck.warnings[0]?.message).toContain(`more than ${maxDelimiterRuns} runs`)
  })

  it.each(['_a__', '**a*', '*a **b* c ', '~~a~~~'])('should keep a paragraph of `%s` as plain text', (unit) => {
    const text = flood(unit, 16)
    const deck = parseDeck(`# Title\n\n${text}\n\n---\n\nNext *slide*`)
    expect(deck.slides).toHaveLength(2)
    expect(plainText(deck, 0)?.[0] === `# Title\n\n${text}`.trim()).toBe(true)
    expect(deck.slides[1]?.tree.children[0]).toMatchObject({ type: 'paragraph' })
    expect(rules(deck)).toEqual(['unparsed-chunk'])
  })

  it('should read as emphasis a paragraph with many delimiters in its own blocks', () => {
    const spans = Array.from({ length: 40 }, (_, n) => `*a${n}* and **b${n}**`).join(' ')
    const deck = parseDeck(Array.from({ length: 20 }, () => spans).join('\n\n'))
    expect(rules(deck)).toEqual([])
    const paragraph = deck.slides[0]?.tree.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.filter((c) => c.type === 'strong')).toHaveLength(40)
  })

  it('should put a setext heading full of delimiters in its own slide, the slide before it parsed', () => {
    const text = flood('*a**', 8)
    const deck = parseDeck(`Intro *one*\n\n---\n\n${text}\n---\n\nafter`)
    expect(deck.slides).toHaveLength(2)
    expect(deck.slides[0]?.tree.children[0]).toMatchObject({ type: 'paragraph' })
    expect(plainText(deck, 1)?.[0] === `${text}\n---\n\nafter`).toBe(true)
    expect(deck.warnings.map((w) => [w.rule, w.line])).toEqual([['unparsed-chunk', 5]])
  })

  it('should keep a footer of unpaired delimiters as literal text', () => {
    const text = flood('*a**', 8)
    const deck = parseDeck(`---\nfooter: '${text}'\n---\n\n# A\n`)
    expect(deck.slides[0]?.footer?.text === text).toBe(true)
  })

  it('should keep the warning when an edit earlier in the deck is parsed again', () => {
    const parser = createDeckParser()
    const rest = `\n\n---\n\n${'*a**'.repeat(maxDelimiterRuns + 100)}\n\n---\n\n# End\n`
    expect(rules(parser.parse(`# A\n\none${rest}`))).toEqual(['unparsed-chunk'])
    expect(rules(parser.parse(`# A\n\ntwo${rest}`))).toEqual(['unparsed-chunk'])
  })

  it('should keep the mark on a chunk the scanner takes over from its previous scan', () => {
    const rest = `\n\n---\n\n${'*a**'.repeat(maxDelimiterRuns + 100)}\n\n---\n\n# End\n`
    const rescan = scanBlocks(`# A\n\ntwo${rest}`, scanBlocks(`# A\n\none${rest}`))
    expect(rescan.chunks.flatMap((chunk) => chunk.unparsable ?? [])).toEqual(['emphasis'])
  })
})

describe('decks of many slides', () => {
  const slides = (count: number, word: string) =>
    Array.from({ length: count }, (_, n) => `${word} ${n + 1}`).join('\n\n---\n\n')

  it('should read all 25,000 slides of a deck, more than the parser remembers', () => {
    const parser = createDeckParser()
    const deck = parser.parse(slides(25_000, 'Slide'))
    expect(deck.slides).toHaveLength(25_000)
    expect(deck.slides.at(-1)?.tree.children[0]).toMatchObject({ children: [{ value: 'Slide 25000' }] })
    // A second deck as large, in the same parser: the first one's chunks make room.
    expect(parser.parse(slides(25_000, 'Page')).slides).toHaveLength(25_000)
  }, 60_000)
})
