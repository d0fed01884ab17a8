import { expect, test } from './fixtures.ts'

test.describe('overview and go-to', () => {
  test.beforeEach(async ({ audience }) => {
    await audience.open('#4')
  })

  test('opens the overview with O, marks the current slide and goes to a clicked one', async ({
    audience,
    overview,
  }) => {
    await audience.press('o')
    await expect(overview.dialog).toBeVisible()
    await expect(overview.thumbnails).toHaveCount(12)
    await expect(overview.current).toHaveAccessibleName('Slide 4: 📑 Background')
    await expect(overview.current).toBeFocused()

    await overview.thumbnail(6).click()
    await expect(overview.dialog).toBeHidden()
    await audience.expectSlide(6, 12)
  })

  test('moves through the grid with the arrow keys and goes there with Enter', async ({ audience, overview, page }) => {
    await overview.open()
    await expect(overview.thumbnail(4)).toBeFocused()
    await audience.press('ArrowRight')
    await expect(overview.thumbnail(5)).toBeFocused()
    await audience.press('ArrowLeft', 'ArrowLeft')
    await expect(overview.thumbnail(3)).toBeFocused()

    await test.step('↓ moves to the same column on the next row', async () => {
      const from = await overview.thumbnail(1).boundingBox()
      await audience.press('Home', 'ArrowDown')
      const focused = page.locator(':focus')
      await expect(focused).not.toHaveAccessibleName(/^Slide 1:/)
      const to = await focused.boundingBox()
      expect(to?.x).toBeCloseTo(from?.x ?? NaN, 0)
      expect(to?.y).toBeGreaterThan(from?.y ?? Infinity)
      await audience.press('ArrowUp')
      await expect(overview.thumbnail(1)).toBeFocused()
    })

    await audience.press('End', 'Enter')
    await expect(overview.dialog).toBeHidden()
    await audience.expectSlide(12, 12)
  })

  test('closes the overview with Escape and with its button, staying on the slide', async ({ audience, overview }) => {
    await audience.press('Escape')
    await expect(overview.dialog).toBeVisible()
    await audience.press('Escape')
    await expect(overview.dialog).toBeHidden()
    await overview.open()
    await overview.closeButton.click()
    await expect(overview.dialog).toBeHidden()
    await audience.expectSlide(4, 12)
  })

  test('renders thumbnails only as they come into view', async ({ audience, overview }) => {
    const markdown = Array.from({ length: 1000 }, (_, i) => `# Slide number ${i + 1}\n\nText ${i + 1}`).join(
      '\n\n---\n\n',
    )
    await audience.openDeckText('nav-1000.md', markdown, '#500')
    await audience.expectSlide(500, 1000)
    await overview.open()
    await expect(overview.thumbnails).toHaveCount(1000)
    await expect(overview.current).toHaveAccessibleName('Slide 500: Slide number 500')
    await expect(overview.current).toBeInViewport()
    const rendered = overview.dialog.locator('[data-rendered]')
    await expect(rendered.first()).toBeAttached()
    expect(await rendered.count()).toBeLessThan(120)
  })

  test('goes to a slide by number with G', async ({ audience, goTo }) => {
    await audience.press('g')
    await expect(goTo.dialog).toBeVisible()
    await goTo.input.fill('7')
    await expect(goTo.option(7, '📊 研究方法')).toBeVisible()
    await goTo.input.press('Enter')
    await expect(goTo.dialog).toBeHidden()
    await audience.expectSlide(7, 12)
  })

  test('goes to a slide by words from its title, offering slides that only mention them after it', async ({
    audience,
    goTo,
  }) => {
    await audience.press('g')
    await goTo.input.fill('创新')
    // The navbar names every section on every slide; it is not what the user looks for.
    await expect(goTo.options).toHaveText(['Slide 10: 📌 创新点', 'Slide 2: 📕 目录'])
    await expect(goTo.option(10, '📌 创新点')).toHaveAttribute('aria-selected', 'true')
    await goTo.input.press('Enter')
    await audience.expectSlide(10, 12)
  })

  test('offers every matching title and goes to the one picked', async ({ audience, goTo }) => {
    await audience.press('g')
    await goTo.input.fill('研究')
    await expect(goTo.options).toHaveText([
      'Slide 7: 📊 研究方法',
      'Slide 9: 🚩 研究结论',
      'Slide 2: 📕 目录',
      'Slide 4: 📑 Background',
      'Slide 6: 👑 Contribution',
      'Slide 11: 💡 感想 & 疑问',
    ])
    await goTo.input.press('ArrowDown')
    await expect(goTo.option(9)).toHaveAttribute('aria-selected', 'true')
    await goTo.input.press('Enter')
    await audience.expectSlide(9, 12)

    await test.step('nothing to pick when nothing matches', async () => {
      await audience.press('g')
      await goTo.input.fill('introduction')
      await expect(goTo.dialog.getByText('No slide matches.')).toBeVisible()
      await expect(goTo.options).toHaveCount(0)
      await goTo.input.press('Enter')
      await expect(goTo.dialog).toBeVisible()
    })

    await goTo.input.fill('致谢')
    await goTo.option(12, '致谢').click()
    await audience.expectSlide(12, 12)
  })
})
