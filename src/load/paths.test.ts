import { describe, expect, it } from 'vitest'
import { basename, dirname, normalisePath, resolveDeckPath } from './paths.ts'

describe('normalisePath', () => {
  it('drops `.` segments and applies `..`', () => {
    expect(normalisePath('talk/./images/../a.png')).toBe('talk/a.png')
    expect(normalisePath('a\\b\\c.png')).toBe('a/b/c.png')
  })
  it('refuses to climb above the root', () => {
    expect(normalisePath('../a.png')).toBeNull()
    expect(normalisePath('a/../../b')).toBeNull()
  })
})

describe('dirname and basename', () => {
  it('split a path', () => {
    expect(dirname('talk/deck.md')).toBe('talk')
    expect(dirname('deck.md')).toBe('')
    expect(basename('talk/deck.md')).toBe('deck.md')
  })
})

describe('resolveDeckPath', () => {
  it('resolves against the deck folder', () => {
    expect(resolveDeckPath('talk/deck.md', './images/a.png')).toBe('talk/images/a.png')
    expect(resolveDeckPath('talk/deck.md', 'images/a.png')).toBe('talk/images/a.png')
    expect(resolveDeckPath('deck.md', 'images/a.png')).toBe('images/a.png')
  })
  it('follows `../` inside the drop', () => {
    expect(resolveDeckPath('talk/slides/deck.md', '../shared/x.png')).toBe('talk/shared/x.png')
    expect(resolveDeckPath('talk/deck.md', '../x.png')).toBe('x.png')
  })
  it('refuses paths leaving the drop', () => {
    expect(resolveDeckPath('deck.md', '../x.png')).toBeNull()
  })
  it('decodes percent escapes and drops query and fragment', () => {
    expect(resolveDeckPath('deck.md', 'images/a%20b.png?v=2#x')).toBe('images/a b.png')
  })
  it('leaves external URLs alone', () => {
    expect(resolveDeckPath('deck.md', 'https://example.com/a.png')).toBeNull()
    expect(resolveDeckPath('deck.md', 'data:image/png;base64,AAAA')).toBeNull()
    expect(resolveDeckPath('deck.md', '//cdn.example.com/a.png')).toBeNull()
    expect(resolveDeckPath('deck.md', '#3')).toBeNull()
  })
  it('reads a leading slash as the drop root', () => {
    expect(resolveDeckPath('talk/deck.md', '/logo.png')).toBe('logo.png')
  })
})
