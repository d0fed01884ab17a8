import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { createDeckParser, DeckError, deckModel, parseDeck, type Deck } from './index.ts'

/** Pieces of Marp Markdown, so generated text exercises real structure, not just prose. */
const token = fc.constantFrom(
  '\n',
  '\n',
  '\n\n',
  '---',
  '***',
  '___',
  '# ',
  '## ',
  '### ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '> ',
  '  ',
  '    ',
  '\t',
  '```',
  '~~~',
  '$$',
  '$',
  '`',
  '**',
  '_',
  '~~',
  '|',
  '|---|',
  ':---',
  '===',
  '<!--',
  '-->',
  '<!-- _class: lead -->',
  '<!-- paginate: true -->',
  '<!-- headingDivider: 2 -->',
  '<!-- _header: "Top" -->',
  '<!-- fit -->',
  '<!-- note text -->',
  '<style>',
  '<style scoped>',
  '</style>',
  '<div>',
  '</div>',
  '<div class=ldiv>',
  '<br>',
  '![bg](bg.png)',
  '![bg left:30% sepia](b.png)',
  '![w:20 logo](y.png)',
  '![|450](z.png)',
  '[link](#2)',
  '[ref]',
  '[ref]: http://example.com',
  'https://example.com',
  '\\',
  'word',
  'Wörd',
  'alpha beta',
  '中文',
  'テスト',
  '🎉',
  ':smile:',
  '&amp;',
  '[x] ',
  '---\ntheme: gaia\n---\n',
  'theme: x',
  'footer: a: b',
  '\r\n',
)
const markdown = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''))

/** Every string of a Deck that carries deck text (node values, URLs, notes, hidden comments, lost text). */
function deckStrings(deck: Deck): string[] {
  const out: string[] = []
  const visit = (node: Nodes) => {
    for (const key of ['value', 'url', 'title', 'alt', 'lang', 'meta', 'label'] as const) {
      const value = (node as unknown as Record<string, unknown>)[key]
      if (typeof value === 'string') out.push(value)
    }
    const marpAlt = (node.data as { marpAlt?: string } | undefined)?.marpAlt
    if (marpAlt) out.push(marpAlt)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  for (const slide of deck.slides) {
    visit(slide.tree)
    out.push(...slide.notes, ...slide.hidden, ...slide.scopedStyles)
    out.push(slide.header?.markdown ?? '', slide.footer?.markdown ?? '')
    for (const bg of slide.bgImages) out.push(bg.url, (bg as { source?: string }).source ?? '')
  }
  out.push(deck.meta.frontMatter.text ?? '', ...deck.meta.styles)
  for (const warning of deck.warnings) out.push(warning.lost ?? '')
  return out
}

/** Letters of a text, counted; Markdown syntax that turns letters into something else is left out. */
function letters(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const visible = text
    .replace(/&[A-Za-z0-9#]+;/g, '') // character references become the character they name
    .replace(/:(?=[\w+-]*[a-z0-9])[\w+-]+:/g, '') // emoji shortcodes become the emoji
    .replace(/\[[ xX]\]/g, '') // task list markers become a checkbox
  for (const ch of visible.match(/\p{L}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  return counts
}

function missingLetters(input: string, deck: Deck): string[] {
  const have = letters(deckStrings(deck).join('\n'))
  return [...letters(input)].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch]) => ch)
}

const withoutPositions = (deck: Deck) =>
  JSON.stringify({ model: deckModel(deck), trees: deck.slides.map((s) => s.tree) }, (key, value) =>
    key === 'position' ? undefined : value,
  )

describe('deck engine properties', () => {
  it('should turn any string into a Deck with a slide, or refuse it with a typed error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        try {
          expect(parseDeck(text).slides.length).toBeGreaterThanOrEqual(1)
        } catch (error) {
          expect(error).toBeInstanceOf(DeckError)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('should keep every letter of a deck in a slide, a note, an applied directive or a warning', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const deck = parseDeck(text)
        expect(deck.slides.length).toBeGreaterThanOrEqual(1)
        expect(missingLetters(text, deck)).toEqual([])
      }),
      { numRuns: 400 },
    )
  })

  it('should give the same Deck after an edit whether parsed again or from scratch', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(token, { maxLength: 4 }) })
    fc.assert(
      fc.property(markdown, edit, (text, { at, remove, insert }) => {
        const position = text.length ? at % text.length : 0
        const edited = text.slice(0, position) + insert.join('') + text.slice(position + remove)
        const parser = createDeckParser()
        parser.parse(text)
        expect(withoutPositions(parser.parse(edited))).toEqual(withoutPositions(parseDeck(edited)))
      }),
      { numRuns: Number(process.env.LECTERN_PROPERTY_RUNS ?? 300) },
    )
  })
})
