import { expect, test } from './fixtures.ts'

test.describe('slides in the URL', () => {
  test('opens a deep link #5 on slide 5', async ({ audience, page }) => {
    await audience.open('#5')
    await audience.expectSlide(5, 12)
    await expect(audience.currentSlide.getByRole('heading', { name: '⚜ Proposal' })).toBeVisible()
    await expect(page).toHaveURL(/#5$/)
  })

  test('writes the slide number into the URL as it moves', async ({ audience, page }) => {
    await audience.open()
    await expect(page).toHaveURL(/#1$/)
    await audience.press('ArrowRight', 'ArrowRight')
    await expect(page).toHaveURL(/#3$/)
  })

  test('walks the slide history with Back and Forward', async ({ audience, page }) => {
    await audience.open('#1')
    await audience.press('ArrowRight')
    await audience.press('7', 'Enter')
    await audience.expectSlide(7, 12)

    await test.step('Back returns to the slides seen before', async () => {
      await page.goBack()
      await audience.expectSlide(2, 12)
      await expect(page).toHaveURL(/#2$/)
      await page.goBack()
      await audience.expectSlide(1, 12)
    })

    await test.step('Forward goes the other way', async () => {
      await page.goForward()
      await audience.expectSlide(2, 12)
      await page.goForward()
      await audience.expectSlide(7, 12)
      await expect(page).toHaveURL(/#7$/)
    })
  })

  test('clamps #99 to the last slide and #0 to the first', async ({ audience, page }) => {
    await audience.open('#99')
    await audience.expectSlide(12, 12)
    await expect(page).toHaveURL(/#12$/)
    await audience.open('#0')
    await audience.expectSlide(1, 12)
    await expect(page).toHaveURL(/#1$/)
  })

  test('follows a hash typed into the address bar', async ({ audience, page }) => {
    await audience.open('#2')
    await page.evaluate(() => {
      window.location.hash = '#9'
    })
    await audience.expectSlide(9, 12)
  })

  test('opens a link to a heading on the slide with that heading', async ({ audience, page }) => {
    await audience.open('#📜%20引言')
    await audience.expectSlide(3, 12)
    await expect(page).toHaveURL(/#3$/)
  })

  test('keeps the deck parameter and takes the slide from the hash', async ({ audience, page }) => {
    await audience.openDeck('/e2e/decks/nav-fragments.md', '#4')
    await audience.expectSlide(4, 5)
    await audience.press('ArrowLeft')
    await expect(page).toHaveURL(/\?deck=\/e2e\/decks\/nav-fragments\.md#3$/)
  })
})
