import { expect, test } from './fixtures.ts'

test.describe('slides in the URL', () => {
  test('opens a deep link #5 on slide 5', async ({ presenter, page }) => {
    await presenter.open('#5')
    await presenter.expectSlide(5, 12)
    await expect(presenter.currentSlide.getByRole('heading', { name: '⚜ Proposal' })).toBeVisible()
    await expect(page).toHaveURL(/#5$/)
  })

  test('writes the slide number into the URL as it moves', async ({ presenter, page }) => {
    await presenter.open()
    await expect(page).toHaveURL(/#1$/)
    await presenter.press('ArrowRight', 'ArrowRight')
    await expect(page).toHaveURL(/#3$/)
  })

  test('walks the slide history with Back and Forward', async ({ presenter, page }) => {
    await presenter.open('#1')
    await presenter.press('ArrowRight')
    await presenter.press('7', 'Enter')
    await presenter.expectSlide(7, 12)

    await test.step('Back returns to the slides seen before', async () => {
      await page.goBack()
      await presenter.expectSlide(2, 12)
      await expect(page).toHaveURL(/#2$/)
      await page.goBack()
      await presenter.expectSlide(1, 12)
    })

    await test.step('Forward goes the other way', async () => {
      await page.goForward()
      await presenter.expectSlide(2, 12)
      await page.goForward()
      await presenter.expectSlide(7, 12)
      await expect(page).toHaveURL(/#7$/)
    })
  })

  test('clamps #99 to the last slide and #0 to the first', async ({ presenter, page }) => {
    await presenter.open('#99')
    await presenter.expectSlide(12, 12)
    await expect(page).toHaveURL(/#12$/)
    await presenter.open('#0')
    await presenter.expectSlide(1, 12)
    await expect(page).toHaveURL(/#1$/)
  })

  test('follows a hash typed into the address bar', async ({ presenter, page }) => {
    await presenter.open('#2')
    await page.evaluate(() => {
      window.location.hash = '#9'
    })
    await presenter.expectSlide(9, 12)
  })

  test('opens a link to a heading on the slide with that heading', async ({ presenter, page }) => {
    await presenter.open('#📜%20引言')
    await presenter.expectSlide(3, 12)
    await expect(page).toHaveURL(/#3$/)
  })

  test('keeps the deck parameter and takes the slide from the hash', async ({ presenter, page }) => {
    await presenter.openDeck('/e2e/decks/nav-fragments.md', '#4')
    await presenter.expectSlide(4, 5)
    await presenter.press('ArrowLeft')
    await expect(page).toHaveURL(/\?deck=\/e2e\/decks\/nav-fragments\.md#3$/)
  })
})
