/**
 * GFM beyond Marp's dialect (task lists, footnotes, `www.` links), and raw
 * HTML headings, which Marp shows as headings. Where Marp reads the same
 * Markdown, the Deck still agrees with marp-core on every compared field
 * (the comparison leaves footnote calls out of heading texts, by its rule).
 */
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { compareWithMarp } from '../../test/conformance.ts'
import { renderMarp } from '../../test/oracle/render.ts'
import { nodesOf, textOf } from './edge-cases.fixtures.ts'
import { parseDeck, resolveLink, type Deck } from './index.ts'

const treeOf = (deck: Deck, index: number): Nodes => deck.slides[index]?.tree ?? { type: 'root', children: [] }

describe('task lists', () => {
  it('should read `[ ]` and `[x]` items as unchecked and checked', () => {
    const deck = parseDeck('- [ ] todo\n- [x] done\n- plain')
    const items = nodesOf(treeOf(deck, 0), 'listItem')
    expect(items.map((item) => item.checked)).toEqual([false, true, null])
    expect(items.map((item) => textOf(item))).toEqual(['todo', 'done', 'plain'])
  })

  it('should still make `*` task items fragments', () => {
    expect(parseDeck('* [ ] a\n* [x] b').slides[0]?.fragments).toBe(2)
  })

  it('should change no field Marp compares', () => {
    expect(compareWithMarp('# Plan\n\n* [ ] a\n* [x] b\n\n1) [x] c\n\n- [ ] # not a heading\n').differences).toEqual([])
  })
})

describe('strikethrough', () => {
  it('should strike `~~two~~` and keep `~one~` as written, as markdown-it does', () => {
    const tree = treeOf(parseDeck('~one~ and ~~two~~'), 0)
    expect(nodesOf(tree, 'delete').map((node) => textOf(node))).toEqual(['two'])
    expect(textOf(tree)).toBe('~one~ and two')
  })
})

describe('bare links', () => {
  const urls = (markdown: string) => nodesOf(treeOf(parseDeck(markdown), 0), 'link').map((link) => link.url)
  const marpUrls = (markdown: string) => [...renderMarp(markdown).html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])

  it.each([
    'see https://example.com/a_b_ now',
    'mail me: someone@example.com.',
    'https://x.com/path?q=1, and http://y.org/(x)',
    'ftp://files.example.com/a and www.example.com',
    'https://x.com![bg](a.png)',
    '**https://bold.example.com**',
  ])('should find every link Marp finds in %j', (markdown) => {
    const ours = urls(markdown)
    for (const url of marpUrls(markdown)) expect(ours).toContain(url?.replaceAll('&amp;', '&'))
  })

  it('should also link `www.` addresses, as GFM does', () => {
    expect(urls('see www.example.com now')).toEqual(['http://www.example.com'])
  })

  it('should not let a URL run over the Markdown after it', () => {
    const deck = parseDeck('https://x.com![bg](a.png) and https://y.org`code`')
    expect(deck.slides[0]?.bgImages.map((bg) => bg.url)).toEqual(['a.png'])
    expect(urls('https://y.org`code`')).toEqual(['https://y.org'])
  })
})

describe('footnotes', () => {
  const deck = parseDeck(
    '# One\n\nA claim[^a] and another[^b].\n\n---\n\n# Two\n\nAgain[^a].\n\n[^a]: The source.\n[^b]: Second **note**.\n\n[^c]: Nobody calls me.\n',
  )
  const definitions = (index: number) => nodesOf(treeOf(deck, index), 'footnoteDefinition')

  it('should put the notes a slide calls at its foot, wherever they are defined', () => {
    expect(definitions(0).map((d) => d.identifier)).toEqual(['a', 'b'])
    expect(deck.slides[0]?.tree.children.at(-1)?.type).toBe('footnoteDefinition')
    expect(definitions(1).map((d) => d.identifier)).toEqual(['a'])
    expect(textOf(treeOf(deck, 0))).toContain('Second note')
  })

  it('should keep a definition no slide calls as the text it was written as', () => {
    expect(textOf(treeOf(deck, 1))).toContain('[^c]: Nobody calls me.')
    expect(textOf(treeOf(deck, 1))).not.toContain('Second note')
  })

  it('should keep a call without a definition as text', () => {
    expect(textOf(treeOf(parseDeck('Text[^nope].'), 0))).toBe('Text[^nope].')
  })

  it('should give a heading with a call the id Marp gives it', () => {
    const markdown = '# Result[^r]\n\n[^r]: Measured.\n\n---\n\n# Result\n'
    expect(parseDeck(markdown).slides.map((s) => s.headings.map((h) => h.id))).toEqual([['resultr'], ['result']])
    expect(parseDeck(markdown).slides[0]?.headings[0]?.text).toBe('Result')
    expect(compareWithMarp(markdown).differences).toEqual([])
  })

  it('should agree with Marp on every compared field, but heading texts with calls (the stated rule)', () => {
    expect(compareWithMarp('# A[^1]\n\ntext[^1]\n\n[^1]: The note.\n\n---\n\n# B\n').differences).toEqual([])
  })
})

describe('raw HTML headings', () => {
  const markdown =
    '# Md\n\n<h2 id="x">Raw &amp; <em>styled</em></h2>\n\n<div>\n<h3>\nIn a div\n</h3>\n</div>\n\ntext <h4>inline **b**</h4> after\n\n---\n\n[go](#In%20a%20div)\n'
  const deck = parseDeck(markdown)

  it('should be headings of their slide, in order, with the id they were written with', () => {
    expect(deck.slides[0]?.headings).toEqual([
      { text: 'Md', level: 1, id: 'md' },
      { text: 'Raw & styled', level: 2, id: 'x', raw: true },
      { text: 'In a div', level: 3, id: '', raw: true },
      { text: 'inline b', level: 4, id: '', raw: true },
    ])
  })

  it('should be found by heading-text links', () => {
    expect(resolveLink(deck, '#In%20a%20div')).toBe(0)
    expect(resolveLink(deck, '#x')).toBe(0)
  })

  it('should agree with Marp on headings, levels and ids', () => {
    expect(compareWithMarp(markdown).differences).toEqual([])
  })

  it('should not cut slides, as Marp does not (headingDivider reads Markdown headings only)', () => {
    expect(parseDeck('<!-- headingDivider: 2 -->\n\n# A\n\n<h2>B</h2>\n\n## C\n').slides).toHaveLength(2)
  })
})
