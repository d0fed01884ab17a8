import { describe, expect, it } from 'vitest'
import { bundleResolver, urlResolver } from './asset-resolver.ts'
import { buildBundle, findBundleFile } from './bundle.ts'
import { quickTitle } from './bundled-decks.ts'

const blob = (text: string) => new Blob([text])

describe('buildBundle', () => {
  const bundle = buildBundle([
    { path: 'talk/slides/deck.md', blob: blob('# A') },
    { path: 'talk/README.md', blob: blob('# R') },
    { path: 'talk/images/a.png', blob: blob('png') },
    { path: 'talk/themes/t.css', blob: blob('/* @theme t */') },
    { path: 'talk/.git/config', blob: blob('x') },
    { path: 'talk/.DS_Store', blob: blob('x') },
  ])
  it('names the bundle by its folder and lists decks shallowest first', () => {
    expect(bundle.name).toBe('talk')
    expect(bundle.decks).toEqual(['talk/README.md', 'talk/slides/deck.md'])
    expect(bundle.styles).toEqual(['talk/themes/t.css'])
  })
  it('leaves hidden files out', () => {
    expect([...bundle.files.keys()].sort()).toEqual([
      'talk/README.md',
      'talk/images/a.png',
      'talk/slides/deck.md',
      'talk/themes/t.css',
    ])
  })
})

describe('a file whose name climbs out of the drop', () => {
  it('is taken by its file name, so it opens rather than being "no Markdown file"', () => {
    const bundle = buildBundle([{ path: '../../x.md', blob: blob('# X') }])
    expect(bundle.decks).toEqual(['x.md'])
    expect(buildBundle([{ path: '..\\..\\talk\\y.md', blob: blob('# Y') }]).decks).toEqual(['y.md'])
  })
})

describe('findBundleFile', () => {
  const bundle = buildBundle([
    { path: 'talk/slides/deck.md', blob: blob('# A') },
    { path: 'talk/images/a.png', blob: blob('png') },
    { path: 'talk/slides/b.png', blob: blob('png') },
  ])
  it('resolves `./`, bare and `../` paths from the deck folder', () => {
    expect(findBundleFile(bundle, 'talk/slides/deck.md', '../images/a.png')).toBe('talk/images/a.png')
    expect(findBundleFile(bundle, 'talk/slides/deck.md', './b.png')).toBe('talk/slides/b.png')
    expect(findBundleFile(bundle, 'talk/slides/deck.md', 'b.png')).toBe('talk/slides/b.png')
  })
  it('falls back on the only file of that name (files dropped without their folders)', () => {
    const flat = buildBundle([
      { path: 'deck.md', blob: blob('# A') },
      { path: 'a.png', blob: blob('png') },
    ])
    expect(findBundleFile(flat, 'deck.md', 'images/a.png')).toBe('a.png')
    expect(findBundleFile(flat, 'deck.md', '../../images/a.png')).toBe('a.png')
  })
  it('finds nothing for external URLs, missing files or ambiguous names', () => {
    expect(findBundleFile(bundle, 'talk/slides/deck.md', 'https://x.org/a.png')).toBeNull()
    expect(findBundleFile(bundle, 'talk/slides/deck.md', 'missing.png')).toBeNull()
    const twice = buildBundle([
      { path: 'x/a.png', blob: blob('1') },
      { path: 'y/a.png', blob: blob('2') },
    ])
    expect(findBundleFile(twice, 'deck.md', 'z/a.png')).toBeNull()
  })
})

describe('bundleResolver', () => {
  it('makes one object URL per file and none for unknown URLs', () => {
    const bundle = buildBundle([
      { path: 'deck.md', blob: blob('# A') },
      { path: 'images/a.png', blob: blob('png') },
    ])
    let made = 0
    const resolver = bundleResolver(bundle, 'deck.md', () => `blob:test/${++made}`)
    expect(resolver.resolve('images/a.png')).toBe('blob:test/1')
    expect(resolver.resolve('./images/a.png')).toBe('blob:test/1')
    expect(resolver.resolve('nope.png')).toBeNull()
    expect(made).toBe(1)
  })
})

describe('urlResolver', () => {
  it('resolves relative URLs against the deck URL and leaves others', () => {
    const resolve = urlResolver('https://example.org/talks/2024/deck.md')
    expect(resolve('img/a.png')).toBe('https://example.org/talks/2024/img/a.png')
    expect(resolve('../shared/b.png')).toBe('https://example.org/talks/shared/b.png')
    expect(resolve('https://cdn.org/c.png')).toBeNull()
    expect(resolve('data:image/png;base64,AA')).toBeNull()
  })
})

describe('quickTitle', () => {
  it('reads the front matter title, else the first heading', () => {
    expect(quickTitle('---\ntitle: "Hello"\n---\n# Other')).toBe('Hello')
    expect(quickTitle('---\ntheme: gaia\n---\n\n# First heading\n')).toBe('First heading')
    expect(quickTitle('```\n# not this\n```\n# This')).toBe('This')
    expect(quickTitle('no heading')).toBeNull()
  })
})

describe('bundle names', () => {
  it('names loose files by their names, a few at most', () => {
    const files = ['a.md', 'b.png', 'c.css', 'd.css'].map((path) => ({ path, blob: new Blob(['x']) }))
    expect(buildBundle(files.slice(0, 2)).name).toBe('a.md, b.png')
    expect(buildBundle(files).name).toBe('a.md, b.png, c.css, …')
  })
})
