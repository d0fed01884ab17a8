/**
 * Edge cases of Marp's behaviour, confirmed by rendering with marp-core and
 * numbered here as cases, one test per case that shows in the Deck model.
 * Expected values are what Marp was observed to do.
 *
 * Each case also runs through the Marp oracle (`compareWithMarp`) when it is
 * plain marp-core behaviour, so a wrong expectation here and a wrong engine
 * cannot agree with each other by accident.
 *
 * Not covered (no trace in the Deck model): HTML output and the allowlist
 * (50), CSS order and sanitising (52–54), inline image attributes (55, 57),
 * Marpit-only simple backgrounds (58 in part), inline math and emoji
 * rendering (63 in part, 64), marp-cli only behaviour (66–72), and the
 * `html: false` / constructor-option halves of 19, 24 and 32.
 */
import { describe, expect, it } from 'vitest'
import { build, hasShared, lines, marpOracle, nodesOf, textOf } from './edge-cases.fixtures.ts'

type Built = ReturnType<typeof build>

/**
 * One spec case: `check` asserts the spec's facts on our engine; unless
 * `marp` is false, a parallel test asserts that our model and marp-core's
 * agree on every compared field.
 */
function specCase(name: string, input: string, check: (built: Built) => void, { marp = true } = {}) {
  it(name, () => check(build(input)))
  if (marp) {
    it(`${name}, field by field like marp-core`, async () => {
      const { compareWithMarp } = await marpOracle()
      expect(compareWithMarp(input).differences).toEqual([])
    })
  }
}

/** The slide at `index`, failing the test when it does not exist. */
function slideAt<T>(slides: T[], index: number): T {
  const slide = slides[index]
  if (slide === undefined) throw new Error(`no slide ${index} (deck has ${slides.length})`)
  return slide
}

describe('slide splitting and front matter (cases 1–14)', () => {
  specCase(
    'splits at every top-level ruler style (case 1)',
    lines('a', '', '---', '', 'b', '', '***', '', 'c', '', '___', '', 'd', '', '- - -', '', 'e'),
    ({ deck }) => {
      expect(deck.slides).toHaveLength(5)
      expect(deck.slides.map((s) => textOf(s.tree))).toEqual(['a', 'b', 'c', 'd', 'e'])
    },
  )

  specCase(
    'also splits at spaced, long and trailing-space rulers (case 1)',
    lines('a', '', '* * *', '', 'b', '', '___ ___', '', 'c', '', '-----', '', 'd', '', '---   ', '', 'e'),
    ({ deck }) => {
      expect(deck.slides.map((s) => textOf(s.tree))).toEqual(['a', 'b', 'c', 'd', 'e'])
    },
  )

  specCase(
    'reads a dash line under a paragraph line as a setext heading, not a ruler (case 2)',
    lines('f', '   ---', 'g'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(slideAt(slides, 0).headings).toEqual(['f'])
      expect(slideAt(slides, 0).headingLevels).toEqual([2])
      expect(nodesOf(slideAt(deck.slides, 0).tree, 'paragraph').map(textOf)).toEqual(['g'])
    },
  )

  specCase('treats a ruler indented by four spaces as code (case 3)', '    ---', ({ deck }) => {
    expect(deck.slides).toHaveLength(1)
    expect(nodesOf(slideAt(deck.slides, 0).tree, 'code').map((c) => c.value)).toEqual(['---'])
    expect(nodesOf(slideAt(deck.slides, 0).tree, 'thematicBreak')).toHaveLength(0)
  })

  specCase('keeps a ruler inside a fenced code block as code (case 4)', lines('```', '---', '```'), ({ deck }) => {
    expect(deck.slides).toHaveLength(1)
    expect(nodesOf(slideAt(deck.slides, 0).tree, 'code').map((c) => c.value)).toEqual(['---'])
  })

  specCase('keeps a ruler inside a blockquote as a rule of the quote (case 4)', lines('> ---'), ({ deck }) => {
    expect(deck.slides).toHaveLength(1)
    const [quote] = nodesOf(slideAt(deck.slides, 0).tree, 'blockquote')
    expect(quote && nodesOf(quote, 'thematicBreak')).toHaveLength(1)
  })

  specCase(
    'keeps a ruler inside a list item as a rule of the item (case 4)',
    lines('- a', '', '  ---', '', '  b'),
    ({ deck }) => {
      expect(deck.slides).toHaveLength(1)
      const [item] = nodesOf(slideAt(deck.slides, 0).tree, 'listItem')
      expect(item && nodesOf(item, 'thematicBreak')).toHaveLength(1)
    },
  )

  specCase(
    'splits inside a raw HTML div, leaving the open tag and the close tag on different slides (case 5)',
    lines('<div>', '', '---', '', '</div>'),
    ({ deck }) => {
      expect(deck.slides).toHaveLength(2)
      expect(deck.slides.map((s) => nodesOf(s.tree, 'html').map((h) => h.value.trim()))).toEqual([
        ['<div>'],
        ['</div>'],
      ])
    },
  )

  specCase(
    'keeps an empty slide between two rulers in a row (case 6)',
    lines('a', '', '---', '---', '', 'b'),
    ({ deck }) => {
      expect(deck.slides).toHaveLength(3)
      expect(deck.slides.map((s) => s.tree.children.length === 0)).toEqual([false, true, false])
    },
  )

  specCase('keeps an empty last slide after a trailing ruler (case 6)', lines('a', '', '---', ''), ({ deck }) => {
    expect(deck.slides).toHaveLength(2)
    expect(slideAt(deck.slides, 1).tree.children).toHaveLength(0)
  })

  specCase('gives exactly one empty slide for an empty document (case 6)', '', ({ deck, slides }) => {
    expect(deck.slides).toHaveLength(1)
    expect(slideAt(deck.slides, 0).tree.children).toHaveLength(0)
    expect(slideAt(slides, 0).id).toBe('1')
  })

  specCase(
    'reads dashes after a leading blank line as a ruler and a setext heading, not front matter (case 7)',
    lines('', '---', 'theme: gaia', 'paginate: true', '---', '', 'A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(2)
      expect(slideAt(deck.slides, 0).tree.children).toHaveLength(0)
      expect(slideAt(slides, 1).headings).toEqual(['theme: gaia paginate: true'])
      expect(slideAt(slides, 1).headingLevels).toEqual([2])
      expect(nodesOf(slideAt(deck.slides, 1).tree, 'paragraph').map(textOf)).toEqual(['A'])
      expect(slides.map((s) => [s.theme, s.paginate, s.pagination])).toEqual([
        [null, false, null],
        [null, false, null],
      ])
    },
  )

  specCase(
    'turns the whole document into front matter when the opener is never closed (case 8)',
    lines('---', '', '# A', '', 'text'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(slideAt(deck.slides, 0).tree.children).toHaveLength(0)
      expect(slideAt(slides, 0).headings).toEqual([])
      expect(deck.meta.frontMatter.present).toBe(true)
    },
  )

  specCase(
    'swallows the first slide of a deck that starts with a ruler into front matter (case 9)',
    lines('---', '', '# A', '', '---', '', '# B'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(slides.map((s) => s.headings)).toEqual([['B']])
    },
  )

  specCase(
    'needs a closer at least as long as a four-dash opener, and drops the resulting invalid YAML (case 10)',
    lines('----', 'paginate: true', '---', '', 'A', '', '----', '', 'B'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('B')
      expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([[false, null]])
      expect(deck.meta.frontMatter).toMatchObject({ present: true, parsedAsYaml: false })
    },
  )

  specCase(
    'closes front matter at a line of three dots (case 11)',
    lines('---', 'paginate: true', '...', '', 'A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('A')
      expect(slides.map((s) => [s.paginate, s.pagination, s.paginationTotal])).toEqual([[true, 1, 1]])
    },
  )

  specCase(
    'discards every front matter directive when one line is invalid YAML (case 12)',
    lines('---', 'paginate: true', 'foo: [unclosed', '---', '', 'A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('A')
      expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([[false, null]])
      expect(deck.meta.frontMatter).toMatchObject({ present: true, parsedAsYaml: false })
    },
  )

  specCase(
    'keeps an empty first slide for a ruler right after the front matter, and paginates it (case 13)',
    lines('---', 'paginate: true', '---', '', '---', '', '# A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(2)
      expect(slideAt(deck.slides, 0).tree.children).toHaveLength(0)
      expect(slides.map((s) => s.headings)).toEqual([[], ['A']])
      expect(slides.map((s) => [s.paginate, s.pagination, s.paginationTotal])).toEqual([
        [true, 1, 2],
        [true, 2, 2],
      ])
    },
  )

  const lf = lines(
    '---',
    'paginate: true',
    'header: Head',
    '---',
    '',
    '# A',
    '',
    '<!-- note',
    'two lines -->',
    '',
    '---',
    '',
    '<!-- _class: lead -->',
    '',
    'B',
    '',
  )
  const crlf = lf.replaceAll('\n', '\r\n')

  specCase('reads CRLF line endings exactly like LF (case 14)', crlf, ({ deck, model, slides }) => {
    expect(model).toEqual(build(lf).model)
    expect(deck.slides).toHaveLength(2)
    expect(slides.map((s) => s.notes)).toEqual([['note\ntwo lines'], []])
    expect(slides.map((s) => s.class)).toEqual([null, 'lead'])
    expect(slides.map((s) => s.header)).toEqual([
      { markdown: 'Head', text: 'Head' },
      { markdown: 'Head', text: 'Head' },
    ])
    expect(slides.map((s) => s.pagination)).toEqual([1, 2])
  })
})

describe('headingDivider (cases 15–21)', () => {
  specCase(
    'splits before headings up to the divider level, setext ones included (case 15)',
    lines(
      '---',
      'headingDivider: 2',
      '---',
      '',
      '# A',
      '',
      'text',
      '',
      '## B',
      '',
      '### C',
      '',
      '# D',
      '',
      'Setext',
      '------',
    ),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(4)
      expect(slides.map((s) => s.headings)).toEqual([['A'], ['B', 'C'], ['D'], ['Setext']])
      expect(slides.map((s) => s.headingLevels)).toEqual([[1], [2, 3], [1], [2]])
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('A text')
    },
  )

  specCase(
    'splits only before the listed levels when the divider is a list (case 16)',
    lines('---', 'headingDivider: [1, 3]', '---', '', '# A', '', '## B', '', '### C'),
    ({ slides }) => {
      expect(slides.map((s) => s.headings)).toEqual([['A', 'B'], ['C']])
    },
  )

  const nested = lines(
    '---',
    'headingDivider: 1',
    '---',
    '',
    '# A',
    '',
    '- # In list',
    '- item',
    '',
    '> # In quote',
    '',
    'end',
  )

  // The engine splits the list and the quote on purpose where Marp leaves
  // unbalanced HTML (src/deck/split-pieces.ts), so only the slide count and
  // the headings are compared, with the spec and with Marp.
  it('splits before headings nested in a list item or a quote (case 17)', () => {
    const { deck, slides } = build(nested)
    expect(deck.slides).toHaveLength(3)
    expect(slides.map((s) => s.headings)).toEqual([['A'], ['In list'], ['In quote']])
    expect(slides.map((s) => s.headingLevels)).toEqual([[1], [1], [1]])
  })

  it('splits before headings nested in a list item or a quote (case 17), with the slides and headings of marp-core', async () => {
    const { marpModel } = await marpOracle()
    const marp = marpModel(nested)
    const { slides } = build(nested)
    expect(slides.map((s) => [s.headings, s.headingLevels])).toEqual(
      marp.slides.map((s) => [s.headings, s.headingLevels]),
    )
  })

  specCase(
    'adds a divider boundary even right after a ruler, leaving an empty slide (case 18)',
    lines('---', 'headingDivider: 1', '---', '', '# A', '', '---', '', '# B', '', '---', '', 'text', '', '# C'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(5)
      expect(slides.map((s) => s.headings)).toEqual([['A'], [], ['B'], [], ['C']])
      expect(deck.slides.map((s) => textOf(s.tree))).toEqual(['A', '', 'B', 'text', 'C'])
    },
  )

  const dividerBody = ['# A', '', '## B', '', '### C']
  for (const value of ['0', '7', 'true', "'[2]'"]) {
    specCase(
      `ignores the invalid divider value ${value} (case 19)`,
      lines('---', `headingDivider: ${value}`, '---', '', ...dividerBody),
      ({ deck, slides }) => {
        expect(deck.slides).toHaveLength(1)
        expect(slides.map((s) => s.headings)).toEqual([['A', 'B', 'C']])
      },
    )
  }

  specCase(
    'reads a quoted divider number as that number (case 19)',
    lines('---', 'headingDivider: "3"', '---', '', ...dividerBody),
    ({ slides }) => {
      expect(slides.map((s) => s.headings)).toEqual([['A'], ['B'], ['C']])
    },
  )

  specCase(
    'keeps the earlier divider when a later one is invalid, and takes neither as a note (case 19)',
    lines('---', 'headingDivider: 1', '---', '', '# A', '', '## B', '', '# C', '', '<!-- headingDivider: 7 -->'),
    ({ slides }) => {
      expect(slides.map((s) => s.headings)).toEqual([['A', 'B'], ['C']])
      expect(slides.map((s) => s.notes)).toEqual([[], []])
    },
  )

  specCase(
    'does not split before a first heading preceded only by a comment and a style block (case 20)',
    lines('---', 'headingDivider: 1', '---', '', '<!-- note -->', '<style>h1 { color: red; }</style>', '', '# A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(slides.map((s) => s.headings)).toEqual([['A']])
      expect(slides.map((s) => s.notes)).toEqual([['note']])
    },
  )

  specCase(
    'counts a background-only paragraph as content before the first heading (case 21)',
    lines('---', 'headingDivider: 1', '---', '', '![bg](a.png)', '', '# A'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(2)
      expect(slides.map((s) => s.headings)).toEqual([[], ['A']])
      expect(slides.map((s) => s.bgImages)).toEqual([[{ url: 'a.png', size: null, filter: null, alt: null }], []])
    },
  )
})

describe('comments and directives (cases 22–46)', () => {
  specCase(
    'keeps the class of an unclosed cover comment but drops the header reset (case 22)',
    lines(
      '---',
      'header: Head',
      'footer: Foot',
      '---',
      '',
      '<!-- _class: cover_a ',
      '<!-- _header: "" --> ',
      '<!-- _footer: "" -->',
      '',
      '# Cover',
      '',
      '---',
      '',
      '# Next',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.class)).toEqual(['cover_a', null])
      expect(slides.map((s) => s.header)).toEqual([
        { markdown: 'Head', text: 'Head' },
        { markdown: 'Head', text: 'Head' },
      ])
      expect(slides.map((s) => s.footer)).toEqual([null, { markdown: 'Foot', text: 'Foot' }])
      expect(slides.map((s) => s.notes)).toEqual([[], []])
    },
  )

  it.skipIf(!hasShared)(
    'renders the awesome-marp deck with that pattern as its 60 reference slides (case 22)',
    async () => {
      const { readShared, marpModel } = await marpOracle()
      const markdown = readShared('decks/awesome-marp-blue.md')
      const { deck, slides } = build(markdown)
      expect(deck.slides).toHaveLength(60)
      expect(slideAt(slides, 0).class).toBe('cover_a')
      expect(marpModel(markdown).total).toBe(60)
    },
  )

  specCase(
    'keeps a comment that YAML reads as a comment as a trimmed note (case 23)',
    '<!-- ###### 副标题 -->',
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['###### 副标题']])
    },
  )

  specCase(
    'consumes a fit comment in a heading instead of making it a note (case 24)',
    '# <!-- fit -->Title',
    ({ slides }) => {
      expect(slides.map((s) => s.headings)).toEqual([['Title']])
      expect(slides.map((s) => s.headingIds)).toEqual([['title']])
      expect(slides.map((s) => s.notes)).toEqual([[]])
    },
  )

  specCase('keeps an upper-case FIT comment in a heading as a note (case 24)', '# <!-- FIT --> upper', ({ slides }) => {
    expect(slides.map((s) => s.headings)).toEqual([['upper']])
    expect(slides.map((s) => s.notes)).toEqual([['FIT']])
  })

  specCase('applies a spot class written inside a heading (case 25)', '## Sub <!-- _class: lead -->', ({ slides }) => {
    expect(slides.map((s) => s.class)).toEqual(['lead'])
    expect(slides.map((s) => s.headings)).toEqual([['Sub']])
    expect(slides.map((s) => s.notes)).toEqual([[]])
  })

  specCase(
    'drops prettier, markdownlint and lint magic comments silently (case 26)',
    lines(
      '<!-- prettier-ignore -->',
      '',
      '<!-- markdownlint-disable MD001 -->',
      '',
      '<!-- lint disable foo -->',
      '',
      '# A',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([[]])
      expect(slides.map((s) => s.class)).toEqual([null])
    },
  )

  specCase(
    'keeps empty comments as empty notes and absorbs extra dashes (case 27)',
    lines('<!---->', '', '<!-- -->', '', '<!--- triple --->', '', '<!-- a -- b -->'),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['', '', 'triple', 'a -- b']])
    },
  )

  specCase(
    'drops the text after a block comment on its line (case 28)',
    '<!-- first --> trailing text',
    ({ deck, slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['first']])
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('')
    },
  )

  specCase(
    'applies only the first of several comments on one block comment line (case 29)',
    '<!-- _class: lead --> <!-- _paginate: skip --> <!-- note -->',
    ({ slides }) => {
      expect(slides.map((s) => [s.class, s.paginate, s.pagination])).toEqual([['lead', false, null]])
      expect(slides.map((s) => s.notes)).toEqual([[]])
    },
  )

  specCase(
    'applies and collects several inline comments in a paragraph (case 30)',
    'x <!-- _color: red --> <!-- n2 -->',
    ({ deck, slides }) => {
      expect(slides.map((s) => s.color)).toEqual(['red'])
      expect(slides.map((s) => s.notes)).toEqual([['n2']])
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('x')
    },
  )

  specCase(
    'lets an unterminated comment swallow the rest of the deck as one empty note (case 31)',
    lines('# A', '', '<!-- unterminated _class: x', '', '# B', '', '---', '', '# C'),
    ({ deck, slides }) => {
      expect(deck.slides).toHaveLength(1)
      expect(slides.map((s) => s.headings)).toEqual([['A']])
      expect(slides.map((s) => s.notes)).toEqual([['']])
      expect(slides.map((s) => s.class)).toEqual([null])
    },
  )

  specCase(
    'lets a comment line interrupt a paragraph and keep its blank lines (case 32)',
    lines('para', '<!--', 'note', '', 'more', '-->'),
    ({ deck, slides }) => {
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('para')
      expect(slides.map((s) => s.notes)).toEqual([['note\n\nmore']])
    },
  )

  specCase(
    'ignores a comment inside a raw HTML block as directive and as note (case 33)',
    lines('<div>', '<!-- _class: x -->', '</div>'),
    ({ slides }) => {
      expect(slides.map((s) => s.class)).toEqual([null])
      expect(slides.map((s) => s.notes)).toEqual([[]])
    },
  )

  specCase(
    'keeps comments whose YAML has only unknown keys as notes (case 34)',
    lines('<!-- x: 1', 'y: 2 -->', '', '<!-- note: remember this -->'),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['x: 1\ny: 2', 'note: remember this']])
    },
  )

  specCase(
    'applies a global directive from a later slide to the whole deck (case 35)',
    lines('# One', '', '---', '', '# Two', '', '<!-- theme: gaia -->'),
    ({ slides }) => {
      expect(slides.map((s) => s.theme)).toEqual(['gaia', 'gaia'])
      expect(slides.map((s) => s.notes)).toEqual([[], []])
    },
  )

  specCase(
    'keeps spot or dollar forms of global directives as notes (case 35)',
    lines('<!-- _theme: gaia -->', '', '<!-- $theme: gaia -->', '', '<!-- _size: 4:3 -->', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['_theme: gaia', '$theme: gaia', '_size: 4:3']])
      expect(slides.map((s) => [s.theme, s.size, s.width, s.height])).toEqual([[null, null, 1280, 720]])
    },
  )

  specCase(
    'scopes classes: front matter spot first, last spot of a slide, empty spot reset, then the later local (case 36)',
    lines(
      '---',
      'class: base',
      '_class: first',
      '---',
      '',
      '# One',
      '',
      '---',
      '',
      '<!-- class: later -->',
      '<!-- _class: spot1 -->',
      '<!-- _class: spot2 -->',
      '',
      '# Two',
      '',
      '---',
      '',
      '<!-- _class: "" -->',
      '',
      '# Three',
      '',
      '---',
      '',
      '# Four',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.class)).toEqual(['first', 'spot2', null, 'later'])
      expect(slides.map((s) => s.notes)).toEqual([[], [], [], []])
    },
  )

  specCase(
    'numbers pages through hold, true and skip (case 37)',
    lines(
      '---',
      'paginate: hold',
      '---',
      '',
      '# One',
      '',
      '---',
      '',
      '# Two',
      '',
      '---',
      '',
      '<!-- paginate: true -->',
      '',
      '# Three',
      '',
      '---',
      '',
      '<!-- _paginate: skip -->',
      '',
      '# Four',
      '',
      '---',
      '',
      '# Five',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.paginate)).toEqual(['hold', 'hold', true, 'skip', true])
      expect(slides.map((s) => s.pagination)).toEqual([1, 1, 2, null, 3])
      expect(slides.map((s) => s.paginationTotal)).toEqual([3, 3, 3, null, 3])
    },
  )

  specCase('reads paginate: yes as off (case 37)', lines('---', 'paginate: yes', '---', '', '# A'), ({ slides }) => {
    expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([[false, null]])
  })

  specCase('reads paginate: TRUE as on (case 37)', lines('---', 'paginate: TRUE', '---', '', '# A'), ({ slides }) => {
    expect(slides.map((s) => [s.paginate, s.pagination, s.paginationTotal])).toEqual([[true, 1, 1]])
  })

  specCase('reads paginate: Skip as skip (case 37)', lines('---', 'paginate: Skip', '---', '', '# A'), ({ slides }) => {
    expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([['skip', null]])
  })

  specCase(
    'reads built-in directive values loosely in comments (case 38)',
    lines('<!-- footer: Hello: world -->', '<!-- _backgroundColor: #fff -->', '<!-- header: foo # bar -->', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.footer)).toEqual([{ markdown: 'Hello: world', text: 'Hello: world' }])
      expect(slides.map((s) => s.backgroundColor)).toEqual(['#fff'])
      expect(slides.map((s) => s.header)).toEqual([{ markdown: 'foo # bar', text: 'foo # bar' }])
      expect(slides.map((s) => s.notes)).toEqual([[]])
    },
  )

  specCase(
    'keeps a header comment starting with ** as a note and the header unchanged (case 39)',
    lines('---', 'header: Before', '---', '', '<!-- header: **bold** _it_ -->', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['header: **bold** _it_']])
      expect(slides.map((s) => s.header)).toEqual([{ markdown: 'Before', text: 'Before' }])
    },
  )

  specCase(
    'reads a leading backslash-space as a space in loose values, literally in quoted ones (case 40)',
    lines('---', 'header: \\ Hello', "footer: '\\ '", '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.header)).toEqual([{ markdown: ' Hello', text: 'Hello' }])
      expect(slides.map((s) => s.footer)).toEqual([{ markdown: '\\ ', text: '\\' }])
    },
  )

  specCase(
    'keeps a comment with an invalid YAML escape as a note (case 40)',
    lines('---', 'header: Before', '---', '', '<!-- header: \\*not em\\* -->', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.notes)).toEqual([['header: \\*not em\\*']])
      expect(slides.map((s) => s.header)).toEqual([{ markdown: 'Before', text: 'Before' }])
    },
  )

  specCase(
    'renders the awesome-marp footer idiom as a leading space and emphasis (case 41)',
    lines(
      '---',
      'footer: \\ *初虹（虹鹄山庄）* *Awesome Marp：轻松取代 LaTeX Beamer！* *2024年1月13日（v1.3）*',
      '---',
      '',
      '# A',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.footer)).toEqual([
        {
          markdown: ' *初虹（虹鹄山庄）* *Awesome Marp：轻松取代 LaTeX Beamer！* *2024年1月13日（v1.3）*',
          text: '初虹（虹鹄山庄） Awesome Marp：轻松取代 LaTeX Beamer！ 2024年1月13日（v1.3）',
        },
      ])
    },
  )

  specCase(
    'loses every front matter directive to an unknown key whose value holds a colon (case 42, marp-core)',
    lines('---', 'title: Foo: Bar', 'theme: gaia', 'paginate: true', '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => [s.theme, s.paginate, s.pagination])).toEqual([[null, false, null]])
    },
  )

  specCase(
    'loses every front matter directive to a footer starting with ** (case 43)',
    lines('---', 'footer: **My Talk**', 'paginate: true', '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => [s.footer, s.paginate, s.pagination])).toEqual([[null, false, null]])
    },
  )

  specCase(
    'keeps a footer starting with _ (case 43)',
    lines('---', 'footer: _My Talk_', 'paginate: true', '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.footer)).toEqual([{ markdown: '_My Talk_', text: 'My Talk' }])
      expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([[true, 1]])
    },
  )

  specCase(
    'shows null and ~ literally and resets the header on an empty or "" value (case 44)',
    lines(
      '---',
      'header: null',
      '---',
      '',
      '# One',
      '',
      '---',
      '',
      '<!-- header: -->',
      '',
      '# Two',
      '',
      '---',
      '',
      '<!-- header: ~ -->',
      '',
      '# Three',
      '',
      '---',
      '',
      '<!-- header: "" -->',
      '',
      '# Four',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.header)).toEqual([
        { markdown: 'null', text: 'null' },
        null,
        { markdown: '~', text: '~' },
        null,
      ])
      expect(slides.map((s) => s.notes)).toEqual([[], [], [], []])
    },
  )

  const listPaginate = lines('<!-- paginate: [true] -->', '', '# A')

  it('treats a list paginate value as false instead of throwing (case 45)', () => {
    const { slides } = build(listPaginate)
    expect(slides.map((s) => [s.paginate, s.pagination])).toEqual([[false, null]])
    expect(slides.map((s) => s.notes)).toEqual([[]])
  })

  it('treats a list paginate value as false instead of throwing (case 45), where Marp throws', async () => {
    const { marpModel } = await marpOracle()
    expect(() => marpModel(listPaginate)).toThrow(TypeError)
  })

  it.skipIf(!hasShared)(
    'ignores blog front matter keys and applies the Marp ones of the seed deck (case 46)',
    async () => {
      const { readShared, compareWithMarp } = await marpOracle()
      const markdown = readShared('decks/seed-bert.md')
      const { deck, slides } = build(markdown)
      expect(deck.slides).toHaveLength(12)
      expect(new Set(slides.map((s) => s.lang))).toEqual(new Set(['zh-CN']))
      expect(new Set(slides.map((s) => s.theme))).toEqual(new Set(['am_blue']))
      expect(new Set(slides.map((s) => s.backgroundImage))).toEqual(
        new Set(["url('https://marp.app/assets/hero-background.svg')"]),
      )
      // `_paginate: ""` on the cover and the contents slide: off there, yet counted.
      expect(slides.map((s) => s.paginate)).toEqual([false, false, ...Array<boolean>(10).fill(true)])
      expect(slides.map((s) => s.pagination)).toEqual([null, null, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      expect(new Set(slides.slice(2).map((s) => s.paginationTotal))).toEqual(new Set([12]))
      expect(compareWithMarp(markdown).differences).toEqual([])
    },
  )
})

describe('header and footer, styles (cases 47–51)', () => {
  const rich = `**Bold** _it_ [link](http://x.com) ![w:20](logo.png) a<br>b <span style="color:red">s</span> :smile:`

  specCase(
    'parses a header as inline Markdown with links, images, breaks, inline HTML and emoji (case 47)',
    lines('---', `header: '${rich}'`, '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.header)).toEqual([{ markdown: rich, text: 'Bold it link a b s 😄' }])
      expect(slides.map((s) => s.bgImages)).toEqual([[]])
    },
  )

  specCase(
    'keeps block syntax in a header literal and hides a bg image in a footer (case 48)',
    lines(
      '---',
      "header: '# h'",
      "footer: '![bg](x.png)'",
      '---',
      '',
      'A',
      '',
      '---',
      '',
      "<!-- header: '- item' -->",
      '',
      'B',
    ),
    ({ slides }) => {
      expect(slides.map((s) => s.header)).toEqual([
        { markdown: '# h', text: '# h' },
        { markdown: '- item', text: '- item' },
      ])
      expect(slides.map((s) => s.footer)).toEqual([
        { markdown: '![bg](x.png)', text: '' },
        { markdown: '![bg](x.png)', text: '' },
      ])
      expect(slides.map((s) => s.bgImages)).toEqual([[], []])
    },
  )

  specCase(
    'breaks the lines of a YAML block header (case 49)',
    lines('---', 'header: |', '  line1', '  line2', '---', '', '# A'),
    ({ slides }) => {
      expect(slides.map((s) => s.header)).toEqual([{ markdown: 'line1\nline2\n', text: 'line1 line2' }])
    },
  )

  specCase(
    'recognises an upper-case scoped style block and drops the text after it (case 51)',
    lines('# A', '', '<STYLE data-x scoped>h1{a:b}</STYLE> trailing'),
    ({ deck, slides }) => {
      expect(slides.map((s) => s.scopedStyle)).toEqual([true])
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('A')
    },
  )

  specCase(
    'reads scoped on the line after <style as a scoped style (case 51)',
    lines('# A', '', '<style', 'scoped>', 'h1 { color: red; }', '</style>'),
    ({ deck, slides }) => {
      expect(slides.map((s) => s.scopedStyle)).toEqual([true])
      expect(textOf(slideAt(deck.slides, 0).tree)).toBe('A')
    },
  )
})

describe('background images (cases 56–61)', () => {
  specCase(
    'chains filter keywords in the order written, with their defaults (case 56, as a background)',
    lines('![bg blur sepia:50% grayscale](x.png)', '', '![bg drop-shadow:0,5px,10px,rgba(0,0,0,.4)](y.png)'),
    ({ slides }) => {
      expect(slideAt(slides, 0).bgImages.map((bg) => [bg.url, bg.filter])).toEqual([
        ['x.png', 'blur(10px) sepia(50%) grayscale(1)'],
        ['y.png', 'drop-shadow(0 5px 10px rgba(0,0,0,.4))'],
      ])
    },
  )

  specCase(
    'sizes a background from w: and a percentage (case 58)',
    lines('![bg 150% w:300](a.png)', '', '---', '', '![bg w:300](b.png)'),
    ({ slides }) => {
      expect(slides.map((s) => s.bgImages)).toEqual([
        [{ url: 'a.png', size: '300px 150%', filter: null, alt: null }],
        [{ url: 'b.png', size: '300px auto', filter: null, alt: null }],
      ])
    },
  )

  specCase(
    'splits a background left with a size, a filter and a caption (case 59)',
    '![bg left:40% sepia Caption text](c)',
    ({ slides }) => {
      expect(slides.map((s) => s.bgImages)).toEqual([
        [{ url: 'c', size: null, filter: 'sepia(1)', alt: 'Caption text' }],
      ])
      expect(slides.map((s) => [s.bgSplit, s.bgSplitSize, s.bgDirection])).toEqual([['left', '40%', 'horizontal']])
    },
  )

  specCase(
    'stacks several backgrounds vertically with a right split of 50% (case 60)',
    '![bg vertical](x) ![bg right](y) ![bg 50% blur:5px](z)',
    ({ slides }) => {
      expect(slides.map((s) => s.bgImages)).toEqual([
        [
          { url: 'x', size: null, filter: null, alt: null },
          { url: 'y', size: null, filter: null, alt: null },
          { url: 'z', size: '50%', filter: 'blur(5px)', alt: null },
        ],
      ])
      expect(slides.map((s) => [s.bgSplit, s.bgSplitSize, s.bgDirection])).toEqual([['right', '50%', 'vertical']])
    },
  )

  specCase(
    'finds backgrounds in list items, headings, links and spaced alts but not in BG (case 61)',
    lines('- ![bg](a.png)', '', '# Title ![bg](b)', '', '[![bg](g)](http://x)', '', '![ bg ](e)', '', '![BG](d)'),
    ({ deck, slides }) => {
      expect(slides.map((s) => s.bgImages.map((bg) => bg.url))).toEqual([['a.png', 'b', 'g', 'e']])
      expect(slides.map((s) => s.headings)).toEqual([['Title']])
      const tree = slideAt(deck.slides, 0).tree
      expect(nodesOf(tree, 'listItem')).toHaveLength(1)
      expect(nodesOf(tree, 'link').map((a) => a.url)).toEqual(['http://x'])
      expect(nodesOf(tree, 'image').map((img) => [img.url, img.alt])).toEqual([['d', 'BG']])
    },
  )
})

describe('lists, math and slugs (cases 62–65)', () => {
  specCase(
    'counts * and 1) list items as fragments, nested ones included (case 62)',
    lines('* a', '* b', '  * nested', '  - dash', '', '- c', '', '1) one', '2) two', '', '1. x', '', '+ plus'),
    ({ slides }) => {
      expect(slides.map((s) => s.fragments)).toEqual([5])
    },
  )

  specCase(
    'lets an unclosed $$ block swallow the rest of the deck, rulers included (case 63)',
    lines('A', '', '$$', 'x', '', '---', '', 'B'),
    ({ deck }) => {
      expect(deck.slides).toHaveLength(1)
    },
  )

  specCase(
    'de-duplicates heading slugs across slides and against slide ids (case 65)',
    lines('# 1', '', '# Intro', '', '---', '', '# Intro'),
    ({ slides }) => {
      expect(slides.map((s) => s.headingIds)).toEqual([['1-1', 'intro'], ['intro-1']])
    },
  )
})
