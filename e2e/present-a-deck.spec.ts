import { expect, test } from './fixtures.ts'

test.describe('present a deck', () => {
  test.beforeEach(async ({ presenter }) => {
    await presenter.open()
  })

  test('shows the first slide of the seed deck with its title', async ({ presenter }) => {
    await expect(presenter.currentSlide).toHaveAccessibleName('Slide 1')
    await expect(
      presenter.currentSlide.getByRole('heading', {
        level: 1,
        name: 'BERT Pre-training of Deep Bidirectional Transformers for Language Understanding',
      }),
    ).toBeVisible()
    // Marp reads the seed deck as 12 slides (shared/decks/seed-bert.marp.json).
    await expect(presenter.counter).toHaveText('1 / 12')
  })

  test('steps through the slides Marp makes of the seed deck', async ({ presenter, page }) => {
    await presenter.nextButton.click()
    await presenter.nextButton.click()
    await expect(presenter.counter).toHaveText('3 / 12')
    await expect(presenter.currentSlide.getByRole('heading', { level: 1, name: '📜 引言' })).toBeVisible()
    await page.screenshot({ path: 'test-results/e2e-artifacts/seed-slide-3.png' })
  })

  test('cannot go back from the first slide', async ({ presenter }) => {
    await expect(presenter.previousButton).toBeDisabled()
  })
})
