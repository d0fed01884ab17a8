import { describe, expect, it } from 'vitest'
import { bundleResolver } from './asset-resolver.ts'
import { buildBundle } from './bundle.ts'
import { resolveCssUrls } from './css-urls.ts'

describe('resolveCssUrls', () => {
  const bundle = buildBundle([
    { path: 'talk/themes/t.css', blob: new Blob(['']) },
    { path: 'talk/images/bg.png', blob: new Blob(['png']) },
  ])
  const { resolve } = bundleResolver(bundle, 'talk/themes/t.css', () => 'blob:test/1')

  it('points relative url()s, quoted or not, at the dropped files', () => {
    const css = `section { background: url(../images/bg.png) } h1 { background: url( "../images/bg.png" ) } p { background: url('../images/bg.png') }`
    expect(resolveCssUrls(css, resolve)).toBe(
      'section { background: url("blob:test/1") } h1 { background: url("blob:test/1") } p { background: url("blob:test/1") }',
    )
  })
  it('leaves absolute, data and missing URLs as written', () => {
    const css = `a { b: url(https://x.org/a.png); c: url(data:image/png;base64,AA); d: url(missing.png) }`
    expect(resolveCssUrls(css, resolve)).toBe(css)
  })
  it('leaves url() text in strings and comments, and @import targets, as written', () => {
    const css = `@import url(../images/bg.png); a::before { content: "url(../images/bg.png)" } /* url(../images/bg.png) */`
    expect(resolveCssUrls(css, resolve)).toBe(css)
  })
})
