import { describe, expect, it } from 'vitest'
import { buildBundle } from './bundle.ts'
import { inlineThemeImports } from './theme-sheets.ts'

const theme = (imports: string) => `/* @theme t */\n${imports}\nsection { color: red }`

function bundleOf(files: Record<string, string>) {
  return buildBundle(Object.entries(files).map(([path, text]) => ({ path, blob: new Blob([text]) })))
}

/** A fetch that serves `sheets` by URL, and fails for anything else. */
function fakeFetch(sheets: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input)
    const body = sheets[url]
    if (body === undefined) throw new TypeError('Failed to fetch')
    return new Response(body, { headers: { 'content-type': 'text/css' } })
  }) as typeof fetch
}

async function inline(files: Record<string, string>, sheets: Record<string, string> = {}) {
  const bundle = bundleOf(files)
  const kept: unknown[] = []
  const css = await inlineThemeImports(bundle, 'talk/theme.css', files['talk/theme.css']!, {
    isThemeName: (name) => name === 'gaia',
    keep: (resolver) => kept.push(resolver),
    fetch: fakeFetch(sheets),
  })
  // A resolver is kept for each dropped sheet brought in (its object URLs go with the bundle).
  return { css, made: kept.length }
}

describe('inlineThemeImports', () => {
  it('should bring in dropped files imported by url() or string, under their conditions', async () => {
    const { css } = await inline({
      'talk/theme.css': theme(`@import url("parts/base.css");\n@import 'parts/print.css' print;`),
      'talk/parts/base.css': 'h1 { color: blue }',
      'talk/parts/print.css': 'h2 { color: green }',
    })
    expect(css).not.toContain('@import')
    expect(css).toContain('h1 { color: blue }')
    expect(css).toMatch(/@media print\s*\{\s*h2 \{ color: green \}\s*\}/)
    expect(css.indexOf('h1 {')).toBeLessThan(css.indexOf('section {'))
  })

  it('should keep the theme’s own name, whatever the imported sheet’s comments say', async () => {
    const { css } = await inline({
      'talk/theme.css': theme('@import "other.css";'),
      'talk/other.css': '/* @theme other */ .o { x: 1 }',
    })
    expect(css).toContain('.o { x: 1 }')
    expect(css).not.toContain('@theme other')
  })

  it('should wrap layer() and supports() imports', async () => {
    const { css } = await inline({
      'talk/theme.css': theme(`@import url(a.css) layer(base) supports(display: grid) screen;`),
      'talk/a.css': 'p { x: 1 }',
    })
    expect(css.replace(/\s+/g, '')).toContain('@mediascreen{@supports(display:grid){@layerbase{p{x:1}}}}')
  })

  it('should fetch a sheet on the web, and point its relative url()s at its own address', async () => {
    const { css } = await inline(
      { 'talk/theme.css': theme('@import url(https://cdn.example/lib/x.css);') },
      {
        'https://cdn.example/lib/x.css': "@import 'y.css'; .x { background: url(img/a.png) }",
        'https://cdn.example/lib/y.css': '.y { color: red }',
      },
    )
    expect(css).toContain('.y { color: red }')
    expect(css).toContain('url("https://cdn.example/lib/img/a.png")')
    expect(css).not.toContain('@import')
  })

  it('should leave an import it cannot get, a theme name and a font service as written', async () => {
    const imports = [
      '@import url(https://gone.example/x.css);',
      "@import 'missing.css';",
      "@import 'gaia';",
      '@import url("https://fonts.googleapis.com/css2?family=Noto+Sans");',
    ]
    const { css } = await inline({ 'talk/theme.css': theme(imports.join('\n')) })
    for (const rule of imports) expect(css).toContain(rule)
  })

  it('should stop at an import cycle', async () => {
    const { css } = await inline({
      'talk/theme.css': theme('@import "a.css";'),
      'talk/a.css': '@import "theme.css"; .a { x: 1 }',
    })
    expect(css.match(/section \{/g)).toHaveLength(1)
    expect(css).toContain('.a { x: 1 }')
  })

  it('should find @import by the tree, not in comments', async () => {
    const { css, made } = await inline({
      'talk/theme.css': theme('/* @import "a.css"; */'),
      'talk/a.css': '.a { x: 1 }',
    })
    expect(css).not.toContain('.a {')
    expect(made).toBe(0)
  })
})
