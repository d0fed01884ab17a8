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

  test("its CJK face's parts are preloaded, and only parts its text uses", async ({ page, request }) => {
    const html = await (await request.get('/')).text()
    const preloaded = [...html.matchAll(/rel="preload"[^>]*href="\.\/(assets\/lxgwwenkai[^"]+)"/g)].map((m) => m[1])
    expect(preloaded.length).toBeGreaterThan(0)
    // Without the preload links, the page still fetches every one of them to draw the slide.
    const fetched = new Set<string>()
    page.on('request', (sent) => {
      if (sent.url().includes('/assets/lxgwwenkai')) fetched.add(new URL(sent.url()).pathname.slice(1))
    })
    await page.route('/', async (route) =>
      route.fulfill({ contentType: 'text/html', body: html.replace(/<link rel="preload"[^>]*lxgwwenkai[^>]*>/g, '') }),
    )
    await withoutScript(page, '/')
    await expect(page.locator('link[rel="preload"][href*="lxgwwenkai"]')).toHaveCount(0)
    await expect(page.locator('.lectern-first-paint p')).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    expect([...fetched].sort()).toEqual(expect.arrayContaining(preloaded))
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
