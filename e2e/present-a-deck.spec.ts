import { expect, test } from './fixtures.ts'

test.describe('present a deck', () => {
  test.beforeEach(async ({ audience }) => {
    await audience.open()
  })

  test('shows the first slide of the seed deck with its title', async ({ audience }) => {
    await expect(audience.currentSlide).toHaveAccessibleName(
      'Slide 1 of 12: BERT Pre-training of Deep Bidirectional Transformers for Language Understanding',
    )
    await expect(
      audience.currentSlide.getByRole('heading', {
        level: 1,
        name: 'BERT Pre-training of Deep Bidirectional Transformers for Language Understanding',
      }),
    ).toBeVisible()
    // Marp reads the seed deck as 12 slides (shared/decks/seed-bert.marp.json).
    await expect(audience.counter).toHaveText('1 / 12')
  })

  test('steps through the slides Marp makes of the seed deck', async ({ audience }) => {
    await audience.nextButton.click()
    await audience.nextButton.click()
    await audience.expectSlide(3, 12)
    await expect(audience.currentSlide.getByRole('heading', { level: 1, name: '📜 引言' })).toBeVisible()
    await expect(audience.announcer).toHaveText('Slide 3 of 12: 📜 引言')
  })

  test('cannot go back from the first slide, nor on from the last', async ({ audience }) => {
    await expect(audience.previousButton).toBeDisabled()
    await audience.press('End')
    await audience.expectSlide(12, 12)
    await expect(audience.nextButton).toBeDisabled()
    await expect(audience.previousButton).toBeEnabled()
  })
})
