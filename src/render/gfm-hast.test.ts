import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { bodyHtml, slideHtml } from './test-helpers.ts'

describe('task lists on a slide', () => {
  test('should show disabled checkboxes, ticked for `[x]`, in tight and loose lists', () => {
    const tight = bodyHtml('- [ ] todo\n- [x] done')
    expect(tight).toContain(
      '<li class="task-list-item" data-task="unchecked"><input type="checkbox" disabled=""/> todo</li>',
    )
    expect(tight).toContain('<input type="checkbox" disabled="" checked=""/> done')
    expect(bodyHtml('1. [x] loose\n\n2. [ ] items')).toMatch(
      /<li[^>]*>\s*<p><input type="checkbox" disabled="" checked=""\/> loose/,
    )
  })

  test('should keep a raw `<input>` out, checkbox or not', () => {
    expect(bodyHtml('<input type="checkbox" checked> a\n\n- [x] b')).toMatch(/^(?:(?!<input).)*<input[^>]*\/> b/s)
  })

  test('should still step through `*` task items as fragments', () => {
    const html = slideHtml(parseDeck('* [ ] a\n* [x] b'), 0, { fragment: 1 })
    expect(html).toContain('data-marpit-fragment="2" data-bespoke-marp-fragment="inactive"')
    expect(html.match(/<input/g)).toHaveLength(2)
  })
})

describe('footnotes on a slide', () => {
  const deck = parseDeck('# One\n\nCalled[^n].\n\n---\n\n## Two\n\nAgain[^n].\n\n[^n]: The note.\n')

  test('should be a block at the foot of the slide, not a section or a heading', () => {
    const html = slideHtml(deck, 0)
    expect(html).toMatch(/<div data-footnotes="" class="footnotes">\s*<ol>\s*<li id="s1-fn-n">/)
    expect(html.match(/<section/g)).toHaveLength(1)
    expect(html).not.toContain('Footnotes')
    expect(html.match(/<h[1-6]/g)).toHaveLength(1)
  })

  test('should link its mark and its back link within the slide, with the slide’s own ids', () => {
    const first = slideHtml(deck, 0)
    expect(first).toContain('<a id="s1-fnref-n" data-footnote-ref="" href="#s1-fn-n">1</a>')
    expect(first).toMatch(/href="#s1-fnref-n">↩/)
    const second = slideHtml(deck, 1)
    expect(second).toContain('href="#s2-fn-n"')
    expect(second).toContain('<li id="s2-fn-n">')
  })

  test('should leave the slide’s heading ids as they were', () => {
    expect(slideHtml(deck, 1)).toContain('<h2 id="two">Two</h2>')
  })
})
