import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import { expect, offline, test } from './fixtures.ts'

// Math, diagrams and code as Marp draws them: MathJax unless the deck says `math: katex`, ```mermaid
// fences as SVG diagrams (as Marp Core 5 draws them), code in the colours marp-cli's themes give it.
const outputDir = 'test-results/math-diagrams'

/** While taking a picture, only the slide is seen. */
const onlyTheSlide = `
  body * { visibility: hidden !important; }
  [data-lectern-slide], [data-lectern-slide] * { visibility: visible !important; }
`

const formulas = `# Formulas

Inline $E = mc^2$ and a block:

$$
\\int_0^1 x^2\\,dx = \\frac{1}{3}
$$
`

const diagram = `# Diagram

\`\`\`mermaid
graph LR
  A[Start] --> B{Choice}
  B --> C[Left]
  B --> D[Right]
\`\`\`
`

const code = (theme: string, className: string) => `---
theme: ${theme}
class: ${className}
---

# Code

\`\`\`js
// a comment
const answer = 'forty-two'
\`\`\`
`

// The oracle: the Marp Core that marp-cli 4.5 runs, required from marp-cli's own place.
const marpCli = createRequire(import.meta.url).resolve('@marp-team/marp-cli/package.json')
const { Marp } = createRequire(marpCli)('@marp-team/marp-core') as {
  Marp: new (options: object) => { render(markdown: string): { html: string; css: string } }
}

/** Computed colours of a code block's keyword, string and comment in `page`'s first slide. */
function tokenColours(page: Page, root: string) {
  return page
    .locator(root)
    .first()
    .evaluate((slide) => {
      const colour = (selector: string) => {
        const element = slide.querySelector(`pre ${selector}`)
        return element ? getComputedStyle(element).color : null
      }
      return {
        keyword: colour('.hljs-keyword'),
        string: colour('.hljs-string'),
        comment: colour('.hljs-comment'),
        block: colour('code'),
      }
    })
}

test.describe('math, diagrams and code', () => {
  test.beforeEach(async ({ page }) => {
    await offline(page)
    mkdirSync(outputDir, { recursive: true })
  })

  test('a deck that names no math library is typeset by MathJax, as SVG', async ({ audience }) => {
    await audience.openDeckText('mathjax.md', formulas)
    const slide = audience.currentSlide
    await expect(slide.locator('mjx-container[jax="SVG"] > svg')).toHaveCount(2, { timeout: 20_000 })
    await expect(slide.locator('mjx-container[display="true"] > svg')).toHaveCSS('display', 'block')
    await expect(slide.locator('.katex')).toHaveCount(0)
    // Glyphs are paths: the formula is drawn without any font.
    expect(await slide.locator('mjx-container path[data-c]').count()).toBeGreaterThan(10)
    await slide
      .locator('[data-lectern-slide]')
      .screenshot({ path: `${outputDir}/mathjax.png`, animations: 'disabled', style: onlyTheSlide })
  })

  test('a deck that says `math: katex` is typeset by KaTeX', async ({ audience, page }) => {
    await audience.openDeckText('katex.md', `---\nmath: katex\n---\n\n${formulas}`)
    const slide = audience.currentSlide
    await expect(slide.locator('.katex')).toHaveCount(2)
    await expect(slide.locator('.katex-display')).toHaveCount(1)
    await expect(slide.locator('mjx-container')).toHaveCount(0)
    await page.evaluate(() => document.fonts.ready)
    await slide
      .locator('[data-lectern-slide]')
      .screenshot({ path: `${outputDir}/katex.png`, animations: 'disabled', style: onlyTheSlide })
  })

  test('a mermaid fence becomes an SVG diagram with its labels as text and visible lines', async ({
    audience,
    page,
  }) => {
    await audience.openDeckText('diagram.md', diagram)
    const svg = audience.currentSlide.locator('svg[data-marp-mermaid]')
    // The diagram stage is the largest chunk (its layout engine): give it time on a busy machine.
    await expect(svg).toHaveCount(1, { timeout: 20_000 })
    await expect(audience.currentSlide.locator('pre')).toHaveCount(0)
    expect(await svg.locator('text').allTextContents()).toEqual(['Start', 'Choice', 'Left', 'Right'])
    const edge = svg.locator('polyline').first()
    await expect(edge).not.toHaveCSS('stroke', 'none')
    const box = await svg.boundingBox()
    expect(box!.width).toBeGreaterThan(200)
    await audience.currentSlide
      .locator('[data-lectern-slide]')
      .screenshot({ path: `${outputDir}/diagram.png`, animations: 'disabled', style: onlyTheSlide })
    expect(
      await page.locator('style').evaluateAll((styles) => styles.some((s) => /googleapis/.test(s.textContent!))),
    ).toBe(false)
  })

  test('a hostile diagram runs nothing, and a broken one shows its source under a message', async ({
    audience,
    page,
  }) => {
    const hostile = `# Hostile

\`\`\`mermaid
graph TD
  A["<img src=x onerror=window.hacked=1>"] --> B["<a href='javascript:window.hacked=2'>x</a>"]
  B --> C["<script>window.hacked=3</script>"]
  click A "javascript:window.hacked=4"
\`\`\`

\`\`\`mermaid
pie title Pets
  "Dogs" : 386
\`\`\`

The rest of the slide.
`
    await audience.openDeckText('hostile.md', hostile)
    const slide = audience.currentSlide
    const svg = slide.locator('svg[data-marp-mermaid]')
    await expect(svg).toHaveCount(1, { timeout: 20_000 })
    await expect(svg.locator('text').first()).toHaveText('<img src=x onerror=window.hacked=1>')
    await expect(slide.locator('img, script, a, foreignObject')).toHaveCount(0)
    await svg.locator('text').first().click()
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined()
    await expect(slide.getByRole('note')).toContainText('This diagram could not be drawn')
    await expect(slide.locator('pre code.language-mermaid')).toContainText('pie title Pets')
    await expect(slide.getByText('The rest of the slide.')).toBeVisible()
  })

  for (const [theme, className] of [
    ['default', ''],
    ['default', 'invert'],
    ['gaia', ''],
    ['gaia', 'invert'],
    ['uncover', ''],
    ['uncover', 'invert'],
  ] as const) {
    test(`code in the ${theme} theme ${className} has marp-cli's colours`, async ({ audience, page, browser }) => {
      const markdown = code(theme, className)
      await audience.openDeckText(`code-${theme}-${className}.md`, markdown)
      await expect(audience.currentSlide.locator('pre .hljs-keyword')).toHaveText('const')
      const ours = await tokenColours(page, '[data-lectern-slide]')

      const { html, css } = new Marp({ html: true, script: false }).render(markdown)
      const marpPage = await browser.newPage()
      await marpPage.setContent(`<style>${css}</style>${html}`)
      const marp = await tokenColours(marpPage, 'section')
      await marpPage.close()

      expect(marp.keyword).not.toBeNull()
      expect(ours).toEqual(marp)
    })
  }
})
