import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { parseDeck } from '../deck/index.ts'
import { createRenderSlice } from './render-slice.ts'
import { renderSlideContent } from './slide-content.tsx'
import { bodyHtml } from './test-helpers.ts'
import { twemojiUrl } from './twemoji-url.ts'

describe('Twemoji in slides', () => {
  test('should write emoji in text, headings and code spans as Marp writes them, with our file', () => {
    const html = bodyHtml('# Hi 😀\n\nText 👍🏽 and `code 😀`\n')
    const image = (alt: string, file: string) =>
      `<img class="emoji" draggable="false" alt="${alt}" data-marp-twemoji="${file}" src="twemoji/${file}.svg"/>`
    expect(html).toContain(`<h1>Hi ${image('😀', '1f600')}</h1>`)
    expect(html).toContain(`<p>Text ${image('👍🏽', '1f44d-1f3fd')} and <code>code ${image('😀', '1f600')}</code></p>`)
  })

  test('should leave text-presentation characters, formulas, image alt text, and code to colour as written', () => {
    const html = bodyHtml('⚜ © ☺\n\n$😀$\n\n![😀](pic.png)\n\n```js\nlet a = "😀"\n```\n\n```\nplain 😀\n```\n')
    expect(html).toContain('<p>⚜ © ☺</p>')
    expect(html).toMatch(/<code class="[^"]*math-inline[^"]*">😀<\/code>/)
    expect(html).toContain('<img src="pic.png" alt="😀"/>')
    expect(html).toContain('let a = &quot;😀&quot;')
    expect(html).toMatch(/plain <img class="emoji"[^>]*alt="😀"/)
  })

  test('should draw emoji in coloured code once the code stage has coloured it', async () => {
    const store = createStore(createRenderSlice)
    store.getState().loadStages({ math: null, code: true })
    await vi.waitFor(() => expect(store.getState().stages.highlight).toBeDefined(), { timeout: 10_000 })
    const slide = parseDeck('```js\nlet a = "🚀"\n```\n').slides[0]!
    const html = renderToStaticMarkup(renderSlideContent(slide.tree, store.getState().stages))
    expect(html).toMatch(/<span class="hljs-string">&quot;<img class="emoji"[^>]*alt="🚀"[^>]*\/>&quot;<\/span>/)
  })

  test('should draw emoji in raw HTML text, and never take a deck’s own `data-marp-twemoji` as ours', () => {
    const html = bodyHtml('<span>🔬 lab</span> <img data-marp-twemoji="1f600" src="evil.png" alt="x">\n')
    expect(html).toMatch(/<span><img class="emoji"[^>]*alt="🔬"[^>]*src="twemoji\/1f52c.svg"\/> lab<\/span>/)
    expect(html).toContain('<img src="evil.png" alt="x"/>')
  })

  test('should only make URLs under the Twemoji folder, from code points', () => {
    expect(twemojiUrl('1f468-200d-1f469-200d-1f467')).toBe('twemoji/1f468-200d-1f469-200d-1f467.svg')
    expect(twemojiUrl('../evil')).toBeNull()
    expect(twemojiUrl('')).toBeNull()
  })
})
