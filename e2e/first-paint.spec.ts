import { expect, test, type Page } from '@playwright/test'
import { offline } from './fixtures.ts'
import { currentSlide } from './open-fixtures.ts'

/** The seed's first slide as the page's HTML holds it (hidden from assistive technology: the app replaces it). */
const picture = (page: Page) => page.locator('.lectern-first-paint')

/** Load the page without the app's JavaScript: what shows is what the HTML alone paints. */
async function withoutScript(page: Page, path: string) {
  await offline(page)
  await page.route(/\/assets\/.+\.js$/, (route) => route.abort())
  await page.goto(path)
}

test.describe('the seed deck before the app has loaded', () => {
  test('its first slide is painted from the HTML alone, title and text in place', async ({ page }) => {
    await withoutScript(page, '/')
    await expect(picture(page)).toBeVisible()
    const title = page.locator('.lectern-first-paint h1')
    await expect(title).toHaveText('BERT Pre-training of Deep Bidirectional Transformers for Language Understanding')
    await expect(page.locator('.lectern-first-paint section')).toContainText('华中科技大学')
    // The theme's CSS applies: the cover title is white on the blue band, centred in the window.
    await expect(title).toHaveCSS('color', 'rgb(255, 255, 255)')
    const box = await title.boundingBox()
    const viewport = page.viewportSize()
    expect(box && viewport && Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2)
  })

  test('a page asking for another deck, window or slide never shows it', async ({ page }) => {
    for (const path of ['/#3', '/?bundled=awesome-tour.md', '/?view=presenter', '/?deck=talk.md']) {
      await withoutScript(page, path)
      await expect(page.locator('.lectern-first-paint')).toBeAttached()
      await expect(page.locator('.lectern-first-paint'), path).toBeHidden()
    }
  })

  test('its CJK text is set in LXGW WenKai, from the parts that text needs, none preloaded', async ({ page }) => {
    await withoutScript(page, '/')
    // A preloaded font holds Chromium's first paint until it has come (up to 100 ms): the faces swap in instead.
    await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0)
    const text = page.locator('.lectern-first-paint section p').first()
    await expect(text).toContainText('华中科技大学')
    const faces = await text.evaluate(async (paragraph) => {
      await document.fonts.ready
      const loaded = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'LXGW WenKai')
      return {
        // Its CJK characters (Latin is set in CMU Serif before LXGW WenKai).
        drawn: document.fonts.check('16px "LXGW WenKai"', (paragraph.textContent ?? '').replace(/[\x00-\xff]/g, '')),
        loaded: loaded.filter((face) => face.status === 'loaded').length,
        declared: loaded.length,
      }
    })
    expect(faces.drawn).toBe(true)
    expect(faces.loaded).toBeGreaterThan(0)
    // 194 parts are declared (regular and bold): the page fetches only those covering the slide's text.
    expect(faces.declared).toBeGreaterThan(100)
    expect(faces.loaded).toBeLessThan(12)
  })

  test('the app replaces it with the same slide, laid out alike', async ({ page }) => {
    await withoutScript(page, '/')
    const before = await page.locator('.lectern-first-paint h1').boundingBox()

    await page.unrouteAll()
    await offline(page)
    await page.goto('/')
    const title = currentSlide(page).getByRole('heading', { level: 1 })
    await expect(title).toBeVisible()
    await expect(page.locator('.lectern-first-paint')).toHaveCount(0)
    await expect(page.getByRole('group', { name: /^Slide \d+ of 12/ })).toHaveCount(1)
    const after = await title.boundingBox()
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs((after?.[key] ?? NaN) - (before?.[key] ?? NaN)), key).toBeLessThan(1)
    }
  })
})
