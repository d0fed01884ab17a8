import { mkdirSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { expect, offline, test } from './fixtures.ts'

const deckPath = '/e2e/decks/render-features.md'
const outputDir = 'test-results/render'

/** While taking a picture, only the slide is seen: the app's controls and notices are hidden. */
const onlyTheSlide = `
  body * { visibility: hidden !important; }
  [data-lectern-slide], [data-lectern-slide] * { visibility: visible !important; }
  [data-lectern-slide] [data-bespoke-marp-fragment='inactive'] { visibility: hidden !important; }
`

/** Layout size of an element in slide pixels (the view's scaling aside). */
function layoutBox(locator: Locator) {
  return locator.evaluate((element: HTMLElement) => ({
    left: element.offsetLeft,
    top: element.offsetTop,
    width: element.offsetWidth,
    height: element.offsetHeight,
  }))
}

test.describe('render slides as Marp does', () => {
  test.beforeEach(async ({ page }) => {
    await offline(page)
    mkdirSync(outputDir, { recursive: true })
  })

  test('a slide is a Marp section with header, footer, page number and fragments', async ({ audience }) => {
    await audience.openDeck(deckPath)
    const box = audience.currentSlide.locator('[data-lectern-slide]')
    const section = box.locator('section[id="1"]')
    await expect(section).toHaveAttribute('data-paginate', 'true')
    await expect(section).toHaveAttribute('data-marpit-pagination', '1')
    await expect(section).toHaveAttribute('data-marpit-pagination-total', '4')
    await expect(section).toHaveAttribute('data-marpit-fragments', '3')
    await expect(section.locator('> header')).toContainText('Lectern render features')
    await expect(section.locator('> footer')).toContainText('Footer with bold')
    expect(await section.evaluate((element) => element.lastElementChild?.tagName)).toBe('FOOTER')
    expect(await section.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"1"')

    await test.step('fragments appear one step at a time, keeping their place', async () => {
      const items = section.locator('li[data-marpit-fragment]')
      await expect(items).toHaveCount(3)
      await expect(items.nth(0)).toBeHidden()
      await audience.press('ArrowRight')
      await expect(items.nth(0)).toBeVisible()
      await expect(items.nth(0)).toHaveAttribute('data-bespoke-marp-fragment', 'active')
      await expect(items.nth(1)).toHaveAttribute('data-bespoke-marp-fragment', 'inactive')
      await expect(items.nth(1)).toBeHidden()
      await audience.press('ArrowRight', 'ArrowRight')
      await expect(items.nth(2)).toBeVisible()
    })

    await test.step('a fitted heading fills the slide width on one line', async () => {
      const heading = section.getByRole('heading', { level: 1, name: 'A fitted title' })
      await expect(heading).toHaveAttribute('id', 'a-fitted-title')
      const text = heading.locator('[data-lectern-fit]')
      await expect
        .poll(async () => {
          const [outer, inner] = await Promise.all([
            heading.evaluate((element: HTMLElement) => {
              const style = getComputedStyle(element)
              return element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight)
            }),
            layoutBox(text),
          ])
          return Math.abs(outer - inner.width) / outer
        })
        .toBeLessThan(0.02)
      const lineHeight = await text.evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight) || 0)
      const { height } = await layoutBox(text)
      expect(height).toBeLessThan(lineHeight * 1.5 || Infinity)
      await box.screenshot({
        path: `${outputDir}/features-fit-fragments.png`,
        animations: 'disabled',
        style: onlyTheSlide,
      })
    })
  })

  test('in-deck links in header and footer move within the deck', async ({ audience }) => {
    await audience.openDeck(deckPath)
    await audience.currentSlide.locator('header').getByRole('link', { name: 'to the split' }).click()
    await audience.expectSlide(2, 4)
    // The control bar may cover the footer; the link's own click is what counts here.
    await audience.currentSlide.locator('footer').getByRole('link', { name: 'slide 4' }).dispatchEvent('click')
    await audience.expectSlide(4, 4)
  })

  test('a split background is drawn in three layers, the content beside the images', async ({ audience, page }) => {
    await audience.openDeck(deckPath, '#2')
    const box = audience.currentSlide.locator('[data-lectern-slide]')
    const layers = box.locator('> section')
    await expect(layers).toHaveCount(3)
    await expect(layers.nth(0)).toHaveAttribute('data-marpit-advanced-background', 'background')
    await expect(layers.nth(1)).toHaveAttribute('data-marpit-advanced-background', 'content')
    await expect(layers.nth(1)).toHaveAttribute('id', '2')
    await expect(layers.nth(2)).toHaveAttribute('data-marpit-advanced-background', 'pseudo')
    for (const layer of await layers.all()) await expect(layer).toHaveClass('invert')

    const figure = layers.nth(0).locator('figure')
    expect(await layoutBox(figure)).toEqual({ left: 0, top: 0, width: 512, height: 720 })
    await expect(figure).toHaveCSS('filter', 'sepia(1)')
    await expect(figure.locator('figcaption')).toHaveText('Sunset caption')
    expect(await layoutBox(layers.nth(1))).toEqual({ left: 512, top: 0, width: 768, height: 720 })
    await expect(layers.nth(2)).toHaveCSS('pointer-events', 'none')
    // The page number is drawn by the pseudo layer only, above the images.
    expect(await layers.nth(2).evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"2"')
    expect(await layers.nth(1).evaluate((element) => getComputedStyle(element, '::after').display)).toBe('none')
    await page.evaluate(() => document.fonts.ready)
    await box.screenshot({ path: `${outputDir}/features-split.png`, animations: 'disabled', style: onlyTheSlide })
  })

  test('math and code load on demand and render', async ({ audience, page }) => {
    await audience.openDeck(deckPath, '#3')
    const slide = audience.currentSlide
    // MathJax, Marp's default: the deck does not name a math library.
    await expect(slide.locator('mjx-container > svg')).toHaveCount(2)
    await expect(slide.locator('mjx-container[display="true"]')).toHaveCount(1)
    await expect(slide.locator('code.hljs.language-js .hljs-keyword')).toHaveText('const')
    await page.evaluate(() => document.fonts.ready)
    await slide
      .locator('[data-lectern-slide]')
      .screenshot({ path: `${outputDir}/features-math-code.png`, animations: 'disabled', style: onlyTheSlide })
  })

  test('a broken image shows a placeholder with its alt text at the intended size', async ({ audience, page }) => {
    await audience.openDeck(deckPath, '#4')
    const slide = audience.currentSlide
    // `backgroundColor: "#123456; position: fixed"` keeps only the colour (on the background layer).
    await expect(slide.locator('[data-marpit-advanced-background="background"]')).toHaveCSS(
      'background-color',
      'rgb(18, 52, 86)',
    )
    for (const section of await slide.locator('section').all()) await expect(section).toHaveCSS('position', 'absolute')

    const photo = slide.getByRole('img', { name: 'Image not loaded: Broken photo' })
    await expect(photo).toBeVisible()
    await expect(photo).toContainText('Broken photo')
    expect(await layoutBox(photo)).toMatchObject({ width: 300, height: 200 })
    await expect(slide.getByRole('img', { name: 'Image not loaded: Missing local' })).toBeVisible()
    await expect(slide.getByRole('img', { name: 'Image not loaded: no-alt.png' })).toBeVisible()
    await expect(slide.locator('img')).toHaveCount(0)
    // A background image that does not load is outlined and named in its place.
    const background = slide.locator('[data-marpit-advanced-background="background"] figure')
    await expect(background).toHaveAttribute('data-lectern-broken-image', '')
    await expect(background).toHaveAccessibleName('Image not loaded: Unreachable background')
    await page.evaluate(() => document.fonts.ready)
    await slide
      .locator('[data-lectern-slide]')
      .screenshot({ path: `${outputDir}/features-broken-images.png`, animations: 'disabled', style: onlyTheSlide })
  })
})
