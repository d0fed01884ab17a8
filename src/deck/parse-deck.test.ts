import { describe, expect, it } from 'vitest'
import { compareWithMarp } from '../../test/conformance.ts'
import { createDeckParser, DeckError, deckModel, parseDeck, type Deck } from './index.ts'

const within = (ms: number, run: () => void) => {
  const start = performance.now()
  run()
  return performance.now() - start < ms
}

describe('parseDeck', () => {
  it('should keep blog front matter keys as metadata and apply the Marp ones', () => {
    const deck = parseDeck(
      '---\ntitle: Talk\ndate: 2024-02-28\ntags:\n  - a\ntheme: gaia\npaginate: true\n---\n\n# A\n',
    )
    expect(deck.meta.extra).toEqual({ date: '2024-02-28', tags: ['a'] })
    expect(deck.meta.title).toBe('Talk')
    expect(deck.meta.theme).toBe('gaia')
    expect(deck.slides[0]?.pagination).toBe(1)
  })

  it('should warn with the lost text when one YAML error discards the front matter', () => {
    const deck = parseDeck('---\npaginate: true\nfooter: **My Talk**\n---\n\n# A\n')
    expect(deck.slides[0]?.paginate).toBe(false)
    expect(deck.warnings).toContainEqual(expect.objectContaining({ rule: 'front-matter-yaml', line: 1 }))
    expect(deck.warnings[0]?.lost).toContain('**My Talk**')
  })

  it('should say which slides an unclosed comment swallowed', () => {
    const deck = parseDeck('# A\n\n<!-- todo\n\n# B\n\n---\n\n# C\n')
    expect(deck.slides).toHaveLength(1)
    const warning = deck.warnings.find((w) => w.rule === 'dropped-text')
    expect(warning?.line).toBe(3)
    expect(warning?.lost).toContain('# C')
  })

  it('should warn that a second comment swallowed by an unclosed one is not applied', () => {
    const deck = parseDeck('<!-- _class: cover_a\n<!-- _header: "" -->\n\n# A\n')
    expect(deck.slides[0]?.class).toBe('cover_a')
    expect(deck.warnings).toContainEqual(expect.objectContaining({ rule: 'comment-swallows-comment', line: 1 }))
  })

  it('should report text dropped after a comment on the same line', () => {
    const deck = parseDeck('<!-- first --> trailing text\n\n# A\n')
    expect(deck.slides[0]?.notes).toEqual(['first'])
    expect(deck.warnings).toContainEqual(expect.objectContaining({ rule: 'dropped-text', lost: 'trailing text' }))
  })

  it('should warn when a code fence never closes and swallows slides', () => {
    const deck = parseDeck('# A\n\n```\ncode\n\n---\n\n# B\n')
    expect(deck.slides).toHaveLength(1)
    expect(deck.warnings).toContainEqual(expect.objectContaining({ rule: 'unclosed-block', line: 3 }))
  })

  it('should build only the first slides with a limit and say the Deck is partial', () => {
    const text = Array.from({ length: 50 }, (_, i) => `# Slide ${i + 1}\n\ntext`).join('\n\n---\n\n')
    const partial = createDeckParser().parse(text, { limit: 1 })
    expect(partial.complete).toBe(false)
    expect(partial.slides.map((s) => s.headings[0]?.text)).toEqual(['Slide 1'])
    expect(parseDeck(text).complete).toBe(true)
  })

  describe('the first slides of a long deck (only its start is scanned)', () => {
    // Far past the first part the parser scans (16 KiB), so its end is read only when needed.
    const filler = Array.from({ length: 400 }, (_, i) => `## Filler ${i}\n\n- a point with *some* text`).join(
      '\n\n---\n\n',
    )
    // Slide 1's model and its Markdown tree.
    const slideOne = (deck: Deck) => ({
      model: deckModel(deck).slides[0],
      tree: JSON.stringify(deck.slides[0]?.tree, (key, value: unknown) => (key === 'position' ? undefined : value)),
    })
    const first = (text: string) => slideOne(createDeckParser().parse(text, { limit: 1 }))
    const whole = (text: string) => slideOne(parseDeck(text))

    it('should give slide 1 as the whole deck has it, with rulers inside fences and comments past it', () => {
      const text = `# One\n\n\`\`\`\n---\n\`\`\`\n\n<!--\n---\n-->\n\nend of one\n\n---\n\n${filler}`
      expect(first(text)).toEqual(whole(text))
      expect(createDeckParser().parse(text, { limit: 1 }).complete).toBe(false)
    })

    it('should resolve a reference on slide 1 to a definition at the end of the deck', () => {
      const text = `# One\n\n[the docs][docs]\n\n---\n\n${filler}\n\n[docs]: https://example.com/docs\n`
      expect(first(text).tree).toContain('https://example.com/docs')
      expect(first(text)).toEqual(whole(text))
    })

    it('should apply global directives set in a comment at the end of the deck', () => {
      const text = `# One\n\n## Two\n\n---\n\n${filler}\n\n<!-- headingDivider: 2 -->\n<!-- theme: gaia -->\n`
      const deck = createDeckParser().parse(text, { limit: 1 })
      expect(deck.slides[0]?.headings.map((heading) => heading.text)).toEqual(['One'])
      expect(deck.meta.theme).toBe('gaia')
    })

    it('should read the slides after a slide longer than the part scanned first', () => {
      const long = `# One\n\n${'A long paragraph of words. '.repeat(2_000)}\n\n---\n\n# Two\n\n---\n\n${filler}`
      const deck = createDeckParser().parse(long, { limit: 2 })
      expect(deck.slides.map((slide) => slide.headings[0]?.text)).toEqual(['One', 'Two'])
    })
  })

  it('should give the same Deck when re-parsing an edited text as when parsing it fresh', () => {
    const parser = createDeckParser()
    const before = '# A\n\ntext\n\n---\n\n## B\n\n- x\n\n---\n\n# C\n'
    parser.parse(before)
    const after = before.replace('## B', '## B2\n\n---\n\nnew slide')
    expect(deckModel(parser.parse(after))).toEqual(deckModel(parseDeck(after)))
  })

  it('should keep the empty slide Marp makes between a ruler and a divider heading after an edit above them', () => {
    const text = '\n---\ntheme: gaia\n---\n<!-- headingDivider: 2 -->'
    const edited = `\n${text}`
    const parser = createDeckParser()
    parser.parse(text)
    expect(parser.parse(edited).slides).toHaveLength(3)
    expect(compareWithMarp(edited).differences).toEqual([])
  })

  it('should read a block left open in a list item the same after an edit, whatever is parsed with it', () => {
    const tree = (deck: Deck) =>
      JSON.stringify(deck.slides[0]?.tree, (key, value: unknown) => (key === 'position' ? undefined : value))
    for (const [text, edited] of [
      ['- <style>\n---\n## B', '- <style>\n\n---\n## B'],
      ['- ```\n  a\n---\n## B', '- ```\n  a\n\n---\n## B'],
    ] as const) {
      const parser = createDeckParser()
      parser.parse(text)
      expect(tree(parser.parse(edited))).toEqual(tree(parseDeck(edited)))
    }
  })

  it('should give the same slides when a parser reads the same deck again, its divider headings included', () => {
    for (const text of [
      '---\nheadingDivider: 1\n---\n\n# A\n\nx\n\n# B\n\ny\n\n# C\n\nz\n',
      '---\nheadingDivider: 2\n---\n\nA\n===\n\nx\n\nB\n---\n\ny\n\nC\n---\n\nz\n',
    ]) {
      const parser = createDeckParser()
      parser.parse(text, { limit: 1 })
      expect(parser.parse(text).slides.map((slide) => slide.headings[0]?.text)).toEqual(['A', 'B', 'C'])
      expect(parser.parse(text).slides).toHaveLength(3)
    }
  })

  it('should count raw HTML as content before a heading that headingDivider cuts at, as Marp does', () => {
    const text = '---\nheadingDivider: 1\n---\n\n<div>intro</div>\n\n# A\n'
    expect(parseDeck(text).slides).toHaveLength(2)
    expect(compareWithMarp(text).differences).toEqual([])
  })

  it('should resolve a background image given by reference anywhere in the deck', () => {
    const deck = parseDeck('# A\n\n![bg][hero]\n\n---\n\n[hero]: https://example.com/hero.png\n')
    expect(deck.slides[0]?.bgImages.map((b) => b.url)).toEqual(['https://example.com/hero.png'])
  })
})

describe('links as Marp makes them', () => {
  const links = (text: string) => JSON.stringify(parseDeck(text).slides[0]?.tree).match(/"type":"link"/g)?.length ?? 0

  it('should link bare URLs with a scheme, and (as GFM, beyond Marp) bare www. addresses', () => {
    expect(links('see https://example.com now')).toBe(1)
    expect(links('see www.example.com now')).toBe(1)
  })
})

describe('math as Marp delimits it', () => {
  const kinds = (text: string) => {
    const out: string[] = []
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'inlineMath' || node.type === 'math') out.push(node.type)
      for (const child of node.children ?? []) visit(child as { type: string })
    }
    visit(parseDeck(text).slides[0]?.tree ?? { type: 'root' })
    return out
  }

  it('should read $x^2$ as inline math but leave prices like $5 and $10 as text', () => {
    expect(kinds('Inline $x^2$ here')).toEqual(['inlineMath'])
    expect(kinds('It costs $5 and $10')).toEqual([])
    expect(kinds('Spaced $ y $ is text')).toEqual([])
  })

  it('should leave inline $$x$$ as text and read $$ x $$ alone on a line as a block', () => {
    expect(kinds('text $$x$$ text')).toEqual([])
    expect(kinds('$$ x = 1 $$')).toEqual(['math'])
  })
})

describe('bad input', () => {
  it('should refuse binary data with a typed error', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    expect(() => parseDeck(bytes)).toThrow(DeckError)
    try {
      parseDeck(bytes)
    } catch (error) {
      expect((error as DeckError).code).toBe('not-text')
    }
  })

  it('should refuse a 20 MB file at once with the limit in the message', () => {
    const huge = '# A\n\n' + 'x'.repeat(20 * 1024 * 1024)
    expect(within(2000, () => expect(() => parseDeck(huge)).toThrow(/up to 8\.0 MB/))).toBe(true)
  })

  it('should read NUL characters as replacement characters and keep the text', () => {
    const deck = parseDeck('# Title\0here\n\nbody\n')
    expect(deck.slides[0]?.headings[0]?.text).toBe('Title\uFFFDhere')
  })

  it('should survive 10,000 levels of nested lists and quotes within 2 s, keeping the text', () => {
    const lists = `${'- '.repeat(10_000)}level 9999`
    const quotes = `${'>'.repeat(10_000)} deep quote`
    for (const text of [lists, quotes]) {
      let deck: ReturnType<typeof parseDeck> | undefined
      expect(within(2000, () => (deck = parseDeck(`# Deep\n\n${text}\n`)))).toBe(true)
      expect(deck?.slides.length).toBeGreaterThanOrEqual(1)
      expect(JSON.stringify(deck?.slides.map((s) => s.tree))).toContain(
        text.includes('quote') ? 'deep quote' : 'level 9999',
      )
    }
  })

  it('should keep warning about a plain-text chunk when the deck is parsed again', () => {
    const parser = createDeckParser()
    const deep = `# Deep\n\n${'> '.repeat(200)}text\n\n---\n\n# Next\n`
    expect(parser.parse(deep).warnings.map((w) => w.rule)).toEqual(['unparsed-chunk'])
    expect(parser.parse(`${deep}\nmore`).warnings.map((w) => w.rule)).toEqual(['unparsed-chunk'])
  })

  it('should give a heading holding half of a surrogate pair an id (malformed text)', () => {
    expect(parseDeck('# a\uD83Cb').slides[0]?.headings[0]?.id).toBe('a%EF%BF%BDb')
  })

  it('should read a 1 MB single line within 2 s', () => {
    const line = 'word '.repeat(200_000)
    let deck: ReturnType<typeof parseDeck> | undefined
    expect(within(2000, () => (deck = parseDeck(line)))).toBe(true)
    expect(deck?.slides).toHaveLength(1)
  })

  it('should discard a YAML alias bomb in the front matter with a warning', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      )
    let deck: ReturnType<typeof parseDeck> | undefined
    expect(within(2000, () => (deck = parseDeck(`---\n${bomb.join('\n')}\ntheme: gaia\n---\n\n# A\n`)))).toBe(true)
    expect(deck?.warnings.map((w) => w.rule)).toContain('front-matter-yaml')
    expect(deck?.slides[0]?.headings[0]?.text).toBe('A')
  })
})
