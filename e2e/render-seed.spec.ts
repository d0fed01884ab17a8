import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures.ts'
import { boxes, currentSection, expectColour, pixelColours, rgb, settle } from './slide-geometry.ts'

/** Where the slide pictures go, for people to look at (not compared automatically). */
const outputDir = 'test-results/render'

/** While taking a picture, only the slide is seen: the app's controls and notices are hidden. */
const onlyTheSlide = `
  body * { visibility: hidden !important; }
  [data-lectern-slide], [data-lectern-slide] * { visibility: visible !important; }
  [data-lectern-slide] [data-bespoke-marp-fragment='inactive'] { visibility: hidden !important; }
`

test.describe('render the seed deck', () => {
  test.use({ viewport: { width: 1600, height: 1000 } })

  test('every slide renders in its Marp shape, and a picture of each is saved', async ({ audience, page }) => {
    mkdirSync(outputDir, { recursive: true })
    // Offline as on CI: remote images fail at once and show their placeholders.
    const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
    await page.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    )
    await audience.open()
    const total = 12
    for (let n = 1; n <= total; n++) {
      await test.step(`slide ${n}`, async () => {
        await audience.expectSlide(n, total)
        const box = audience.currentSlide.locator('[data-lectern-slide]')
        await expect(box).toHaveAttribute('data-lectern-slide', String(n))
        const section = box.locator(`section[id="${n}"]`)
        await expect(section).toBeVisible()
        // Marp's attributes that themes select on.
        await expect(section).toHaveAttribute('lang', 'zh-CN')
        await expect(box.locator('[data-lectern-render-error]')).toHaveCount(0)
        await page.evaluate(() => document.fonts.ready)
        await box.screenshot({
          path: `${outputDir}/seed-${String(n).padStart(2, '0')}.png`,
          animations: 'disabled',
          style: onlyTheSlide,
        })
      })
      if (n < total) await audience.nextButton.click()
    }
  })
})

test.describe('the seed deck in its Awesome Marp blue look', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test.beforeEach(async ({ page }) => {
    // Offline as on CI: the deck's global background image (marp.app) fails.
    const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
    await page.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    )
  })

  test('the cover keeps its blue band when the deck background image cannot load', async ({ audience, page }) => {
    await audience.open()
    await settle(page, 1)
    await expect(currentSection(page)).toHaveClass(/cover_a/)
    // am_blue `coverbg` #2c9cb1 over the top 60 % (0–432 px), white below.
    await expect
      .poll(async () => (await pixelColours(page, [[40, 40]]))[0]!.join(','), { timeout: 5_000 })
      .toBe(rgb('#2c9cb1').join(','))
    const [band, below] = await pixelColours(page, [
      [1240, 400],
      [40, 700],
    ])
    expectColour(band!, '#2c9cb1', 'cover band')
    expectColour(below!, '#ffffff', 'under the band')
  })

  test('the contents slide is a two-column card of round numbered badges', async ({ audience, page }) => {
    await audience.open('#2')
    await settle(page, 2)
    const items = await boxes(page, 'ul > li')
    expect(items).toHaveLength(6)
    // Row-major: 1 | 2 on one row, 3 | 4 below.
    expect(Math.abs(items[0]!.y - items[1]!.y)).toBeLessThan(8)
    expect(items[1]!.x - items[0]!.x).toBeGreaterThan(400)
    expect(items[2]!.y).toBeGreaterThan(items[0]!.y + 20)
    const badge = await currentSection(page)
      .locator('ul > li')
      .first()
      .evaluate((li) => {
        const style = getComputedStyle(li, '::before')
        return { radius: style.borderTopLeftRadius, width: style.width, background: style.backgroundColor }
      })
    expect(parseFloat(badge.radius)).toBeGreaterThanOrEqual(parseFloat(badge.width) / 2 - 1)
    expect(badge.background).toBe('rgb(20, 130, 168)') // `much` #1482a8
  })

  test('navbar slides show a full-width bar with their own section as the active item', async ({ audience, page }) => {
    await audience.open('#7')
    await settle(page, 7)
    const [bar] = await boxes(page, ':scope > header')
    expect(bar!.x).toBeLessThanOrEqual(1)
    expect(bar!.width).toBeGreaterThanOrEqual(1278)
    expect(bar!.y).toBeLessThanOrEqual(1)
    const active = currentSection(page).locator(':scope > header strong')
    await expect(active).toHaveText('研究方法')
    const [pill, inactive] = await Promise.all([
      active.evaluate((element) => getComputedStyle(element).backgroundColor),
      currentSection(page)
        .locator(':scope > header em')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ])
    expect(pill).toBe('rgb(255, 255, 255)')
    expect(inactive).not.toBe(pill)
  })

  test('the method slide sets its two panels side by side', async ({ audience, page }) => {
    await audience.open('#4')
    await settle(page, 4)
    const [left] = await boxes(page, '.ldiv')
    const [right] = await boxes(page, '.rdiv')
    expect(right!.x).toBeGreaterThan(left!.right)
    // cols-2: two equal columns, ±3 %.
    expect(left!.width / right!.width).toBeGreaterThan(0.97)
    expect(left!.width / right!.width).toBeLessThan(1.03)
  })
})
