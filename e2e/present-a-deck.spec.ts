import { expect, test } from './fixtures.ts'

test.describe('present a deck', () => {
  test.beforeEach(async ({ presenter }) => {
    await presenter.open()
  })

  test('shows the first slide of the seed deck with its title', async ({ presenter }) => {
    await expect(presenter.currentSlide).toHaveAccessibleName(
      'Slide 1 of 12: BERT Pre-training of Deep Bidirectional Transformers for Language Understanding',
    )
    await expect(
      presenter.currentSlide.getByRole('heading', {
        level: 1,
        name: 'BERT Pre-training of Deep Bidirectional Transformers for Language Understanding',
      }),
    ).toBeVisible()
    // Marp reads the seed deck as 12 slides (shared/decks/seed-bert.marp.json).
    await expect(presenter.counter).toHaveText('1 / 12')
  })

  test('steps through the slides Marp makes of the seed deck', async ({ presenter }) => {
    await presenter.nextButton.click()
    await presenter.nextButton.click()
    await presenter.expectSlide(3, 12)
    await expect(presenter.currentSlide.getByRole('heading', { level: 1, name: '📜 引言' })).toBeVisible()
    await expect(presenter.announcer).toHaveText('Slide 3 of 12: 📜 引言')
  })

  test('cannot go back from the first slide, nor on from the last', async ({ presenter }) => {
    await expect(presenter.previousButton).toBeDisabled()
    await presenter.press('End')
    await presenter.expectSlide(12, 12)
    await expect(presenter.nextButton).toBeDisabled()
    await expect(presenter.previousButton).toBeEnabled()
  })
})
