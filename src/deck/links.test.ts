import { describe, expect, it } from 'vitest'
import { parseDeck, resolveLink } from './index.ts'

const deck = parseDeck('# Cover\n\n---\n\n# 📜 引言\n\n---\n\n## 💡 感想 & 疑问\n\n---\n\n# Intro\n')

describe('resolveLink', () => {
  it('should follow Marp slide numbers and clamp them', () => {
    expect(resolveLink(deck, '#2')).toBe(1)
    expect(resolveLink(deck, '#99')).toBe(3)
    expect(resolveLink(deck, '#0')).toBe(0)
  })

  it('should follow heading ids and heading text as written, URL-encoded or not', () => {
    expect(resolveLink(deck, '#intro')).toBe(3)
    expect(resolveLink(deck, '#%F0%9F%93%9C-%E5%BC%95%E8%A8%80')).toBe(1)
    expect(resolveLink(deck, '#📜%20引言')).toBe(1)
    expect(resolveLink(deck, '#💡%20感想%20&%20疑问')).toBe(2)
  })

  it('should leave other links alone', () => {
    expect(resolveLink(deck, 'https://example.com')).toBeNull()
    expect(resolveLink(deck, '#nowhere')).toBeNull()
  })

  it('should follow raw HTML headings by text and by their own id, and an empty target nowhere', () => {
    const raw = parseDeck('# A\n\n---\n\n<h2>Raw one</h2>\n\n---\n\n<h3 id="third">Three</h3>\n')
    expect(resolveLink(raw, '#Raw%20one')).toBe(1)
    expect(resolveLink(raw, '#third')).toBe(2)
    expect(resolveLink(raw, '#')).toBeNull()
  })
})
