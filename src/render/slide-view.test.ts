import { describe, expect, test } from 'vitest'
import seed from '../../decks/seed-bert.md?raw'
import { parseDeck } from '../deck/index.ts'
import { sectionProps } from './section-attributes.ts'
import { sectionTags, slideHtml } from './test-helpers.ts'

describe('SlideView: the section', () => {
  test('should render a box of the slide size holding one section with Marp attributes', () => {
    const deck = parseDeck(
      '---\npaginate: true\nclass: lead\nheader: "**Talk**"\nfooter: by me\n---\n\n# A\n\n---\n\n# B',
    )
    const html = slideHtml(deck, 1)
    expect(html.startsWith('<div data-lectern-slide="2" style="width:1280px;height:720px"><section ')).toBe(true)
    const [section, ...rest] = sectionTags(html)
    expect(rest).toEqual([])
    expect(section).toContain(' id="2"')
    expect(section).toContain(' class="lead"')
    expect(section).toContain(' data-class="lead"')
    expect(section).toContain(' data-paginate="true"')
    expect(section).toContain(' data-header="**Talk**"')
    expect(section).toContain(' data-footer="by me"')
    expect(section).toContain(' data-marpit-pagination="2"')
    expect(section).toContain(' data-marpit-pagination-total="2"')
    expect(section).toContain('style="--paginate:true;--header:**Talk**;--footer:by me;--class:lead"')
  })

  test('should put the header first and the footer last, with inline Markdown', () => {
    const deck = parseDeck('---\nheader: "**Bold** [two](#2)"\nfooter: "_foot_"\n---\n\n# A\n\ntext')
    const html = slideHtml(deck, 0)
    expect(html).toMatch(
      /<section[^>]*><header><strong>Bold<\/strong> <a href="#2">two<\/a><\/header><h1 id="a">A<\/h1>/,
    )
    expect(html).toMatch(/<footer><em>foot<\/em><\/footer><\/section><\/div>$/)
  })

  test('should leave pagination attributes off slides that do not show a number', () => {
    const deck = parseDeck('---\npaginate: true\n_paginate: skip\n---\n\nA\n\n---\n\nB')
    const [first] = sectionTags(slideHtml(deck, 0))
    expect(first).toContain('data-paginate="skip"')
    expect(first).not.toContain('data-marpit-pagination')
    expect(sectionTags(slideHtml(deck, 1))[0]).toContain('data-marpit-pagination="1"')
  })

  test('should write background and colour directives as Marp does, with values cleaned', () => {
    const deck = parseDeck(
      '---\nbackgroundColor: "red; position: fixed"\ncolor: "#333"\n---\n\nA\n\n---\n\n<!-- _backgroundImage: "url(a.png)" -->\n<!-- _backgroundSize: contain -->\n\nB',
    )
    const [first] = sectionTags(slideHtml(deck, 0))
    expect(first).toContain('data-background-color="red; position: fixed"')
    expect(first).toContain('data-color="#333"')
    expect(first).toContain(
      'style="--background-color:red;--color:#333;background-color:red;background-image:none;color:#333"',
    )
    const [second] = sectionTags(slideHtml(deck, 1))
    expect(second).toContain(
      'background-color:red;background-image:url(a.png);background-position:center;background-repeat:no-repeat;background-size:contain;color:#333"',
    )
  })

  test('should refuse script URLs in background directives', () => {
    const deck = parseDeck('<!-- backgroundImage: "url(javascript:alert(1))" -->\n\nA')
    const [section] = sectionTags(slideHtml(deck, 0))
    expect(section).not.toMatch(/style="[^"]*javascript/)
  })

  test('should set lang, data-size and data-theme as Marp does', () => {
    const deck = parseDeck('---\nlang: zh-CN\nsize: 4:3\ntheme: gaia\n---\n\nA')
    const html = slideHtml(deck, 0)
    expect(html).toContain('style="width:960px;height:720px"')
    const [section] = sectionTags(html)
    expect(section).toContain(' lang="zh-CN"')
    expect(section).toContain(' data-size="4:3"')
    expect(section).toContain(' data-theme="gaia"')
  })

  test('should not claim an unknown theme in data-theme', () => {
    const deck = parseDeck('---\ntheme: no_such_theme\n---\n\nA')
    expect(sectionTags(slideHtml(deck, 0))[0]).not.toContain('data-theme')
  })
})

describe('SlideView: advanced backgrounds', () => {
  const deck = parseDeck(
    '---\npaginate: true\ncolor: navy\n---\n\n![bg left:40% sepia Caption text](a.png)\n![bg](b.png)\n\n# Split\n\n---\n\n![bg vertical](x.png)\n![bg](y.png)\n\nText',
  )

  test('should stack a background, a content and a pseudo section', () => {
    const html = slideHtml(deck, 0)
    const [background, content, pseudo, ...rest] = sectionTags(html)
    expect(rest).toEqual([])
    expect(background).toContain('data-marpit-advanced-background="background"')
    expect(background).not.toContain(' id=')
    expect(content).toContain('data-marpit-advanced-background="content"')
    expect(content).toContain(' id="1"')
    expect(pseudo).toContain('data-marpit-advanced-background="pseudo"')
    expect(pseudo).not.toContain(' id=')
    expect(pseudo).toContain('style="color:navy"')
    for (const section of [background, content, pseudo]) {
      expect(section).toContain('data-marpit-pagination="1"')
      expect(section).toContain('data-marpit-advanced-background-split="left"')
    }
    expect(background).toContain('--marpit-advanced-background-split:40%')
    expect(content).toContain('--marpit-advanced-background-split:40%')
    expect(pseudo).not.toContain('--marpit-advanced-background-split')
  })

  test('should hold one figure per image, with its filter and a caption', () => {
    const html = slideHtml(deck, 0)
    expect(html).toContain(
      '<div data-marpit-advanced-background-container="true" data-marpit-advanced-background-direction="horizontal">' +
        '<figure style="background-image:url(&quot;a.png&quot;);filter:sepia(1)"><figcaption>Caption text</figcaption></figure>' +
        '<figure style="background-image:url(&quot;b.png&quot;)"></figure></div>',
    )
    expect(html).toMatch(/data-marpit-advanced-background="content"[^>]*><h1 id="split">Split<\/h1><\/section>/)
  })

  test('should stack images vertically when asked', () => {
    expect(slideHtml(deck, 1)).toContain('data-marpit-advanced-background-direction="vertical"')
  })

  test('should refuse a script URL as a background image', () => {
    const html = slideHtml(parseDeck('![bg](javascript:alert(1))\n\nA'), 0)
    expect(html).not.toContain('javascript')
  })
})

describe('SlideView: content', () => {
  test('should number fragments in document order and show the first `fragment` of them', () => {
    const deck = parseDeck('* a\n* b\n  * c\n\n- plain\n\n1) one\n2) two')
    const html = slideHtml(deck, 0, { fragment: 2 })
    expect(sectionTags(html)[0]).toContain('data-marpit-fragments="5"')
    const items = [...html.matchAll(/<li data-marpit-fragment="(\d)" data-bespoke-marp-fragment="(\w+)"/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    )
    expect(items).toEqual(['1:active', '2:active', '3:inactive', '4:inactive', '5:inactive'])
    expect(html).toContain(
      '<li data-marpit-fragment="3" data-bespoke-marp-fragment="inactive" style="visibility:hidden">c</li>',
    )
    expect(html).toContain(
      'data-marpit-fragment="2" data-bespoke-marp-fragment="active" data-bespoke-marp-current-fragment="current"',
    )
    expect(html).toContain('<li>plain</li>')
  })

  test('should show every fragment by default and none at step 0', () => {
    const deck = parseDeck('* a\n* b')
    expect(slideHtml(deck, 0)).not.toContain('inactive')
    expect(slideHtml(deck, 0, { fragment: 0 }).match(/inactive/g)).toHaveLength(2)
  })

  test("should put the engine's heading ids on headings in order", () => {
    const deck = parseDeck('# 1\n\n## Intro\n\n<h2>raw</h2>\n\n### Intro')
    const html = slideHtml(deck, 0)
    expect(html).toContain('<h1 id="1-1">1</h1>')
    expect(html).toContain('<h2 id="intro">Intro</h2>')
    expect(html).toContain('<h2>raw</h2>')
    expect(html).toContain('<h3 id="intro-1">Intro</h3>')
  })

  test('should open external links in a new tab and keep in-deck links in place', () => {
    const deck = parseDeck('[out](https://example.com) [in](#2)\n\n---\n\n# Two')
    const html = slideHtml(deck, 0)
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">out</a>')
    expect(html).toContain('<a href="#2">in</a>')
  })

  test('should fit `<!-- fit -->` headings on one line', () => {
    const html = slideHtml(parseDeck('# <!-- fit --> Big title'), 0)
    expect(html).toContain('<h1 data-fit="" id="big-title"><span data-lectern-fit=""> Big title</span></h1>')
  })

  test('should show math and code as plain text until their libraries load', () => {
    const html = slideHtml(parseDeck('$x^2$\n\n```js\nconst a = 1\n```'), 0)
    expect(html).toContain('<code class="language-math math-inline">x^2</code>')
    expect(html).toContain('<pre><code class="language-js">const a = 1\n</code></pre>')
  })
})

describe('SlideView: the seed deck', () => {
  const deck = parseDeck(seed)

  test('should render every slide with the id, classes and header Marp gives', () => {
    const html = deck.slides.map((_, index) => slideHtml(deck, index))
    expect(html).toHaveLength(12)
    expect(sectionTags(html[0]!)[0]).toContain(' class="cover_a"')
    expect(sectionTags(html[0]!)[0]).not.toContain('data-header')
    expect(sectionTags(html[2]!)[0]).toContain(' class="navbar"')
    expect(sectionTags(html[2]!)[0]).toContain(' lang="zh-CN"')
    expect(html[2]).toContain('<header><strong><a href="#3">引言</a></strong> <em><a href="#7">研究方法</a></em>')
    expect(html[3]).toContain('<div class="ldiv">')
    expect(sectionTags(html[3]!)[0]).toContain('data-marpit-pagination="4"')
  })
})

describe('sectionProps', () => {
  test('should give the pseudo layer only the colour', () => {
    const slide = parseDeck('---\ncolor: red\nbackgroundColor: blue\n---\n\n![bg](a.png)').slides[0]!
    expect(sectionProps(slide, { layer: 'pseudo' }).style).toEqual({ color: 'red' })
    expect(sectionProps(slide, { layer: 'background' }).style).toMatchObject({ backgroundColor: 'blue', color: 'red' })
  })

  test('should mark scoped slides with their scope attribute', () => {
    const slide = parseDeck('A').slides[0]!
    expect(sectionProps(slide, { scope: 's0000001' })).toHaveProperty('data-marpit-scope-s0000001', '')
  })
})

describe('Obsidian image sizes', () => {
  test('should size an image written ![|450](…) or ![Logo|450x200](…), keeping the alt attribute', async () => {
    const { obsidianSize } = await import('./slide-image.tsx')
    expect(obsidianSize('|450')).toEqual({ alt: '', width: '450px', height: undefined })
    expect(obsidianSize('Logo|450x200')).toEqual({ alt: 'Logo', width: '450px', height: '200px' })
    expect(obsidianSize('#c')).toBeNull()
    const html = slideHtml(parseDeck('![|450](https://example.com/a.png)'), 0)
    expect(html).toMatch(/<img[^>]*alt="\|450"[^>]*style="width:450px"|<img[^>]*style="width:450px"[^>]*alt="\|450"/)
  })
})
