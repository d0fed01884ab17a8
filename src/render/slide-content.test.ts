import { renderToStaticMarkup } from 'react-dom/server'
import { remark } from 'remark'
import { describe, expect, test } from 'vitest'
import { renderSlideContent } from './slide-content.tsx'

/** Render Markdown the way a slide body is rendered, to static HTML. */
function renderMarkdown(markdown: string): string {
  return renderToStaticMarkup(renderSlideContent(remark().parse(markdown)))
}

describe('renderSlideContent', () => {
  test('should render Markdown as elements', () => {
    expect(renderMarkdown('# Title\n\nSome *text*.')).toBe('<h1>Title</h1>\n<p>Some <em>text</em>.</p>')
  })

  test('should sanitise raw HTML, so no deck script reaches the page', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nText <b onclick="alert(1)">bold</b>',
    )
    expect(html).not.toMatch(/<script|onerror|onclick/)
    expect(html).toContain('Text <b>bold</b>')
  })

  test('should not change the tree it is given', () => {
    const tree = remark().parse('# Title\n\n- item\n\n<div>raw</div>')
    const before = structuredClone(tree)
    renderSlideContent(tree)
    expect(tree).toEqual(before)
  })
})
