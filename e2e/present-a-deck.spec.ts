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
    await expect(presenter.counter).toHaveText(/^1 \/ \d+$/)
  })

  test('cannot go back from the first slide', async ({ presenter }) => {
    await expect(presenter.previousButton).toBeDisabled()
  })
})
