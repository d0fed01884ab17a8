import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures.ts'

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

  test('every slide renders in its Marp shape, and a picture of each is saved', async ({ presenter, page }) => {
    mkdirSync(outputDir, { recursive: true })
    // Offline as on CI: remote images fail at once and show their placeholders.
    const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
    await page.route((url) => url.origin !== origin, (route) => route.abort())
    await presenter.open()
    const total = 12
    for (let n = 1; n <= total; n++) {
      await test.step(`slide ${n}`, async () => {
        await presenter.expectSlide(n, total)
        const box = presenter.currentSlide.locator('[data-lectern-slide]')
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
      if (n < total) await presenter.nextButton.click()
    }
  })
})
