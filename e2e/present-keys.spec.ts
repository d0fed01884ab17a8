import { expect, test } from './fixtures.ts'

test.describe('present with the keyboard', () => {
  test.describe('on the seed deck', () => {
    test.beforeEach(async ({ presenter }) => {
      await presenter.open()
    })

    test('moves on with →, ↓, Space, PageDown and N', async ({ presenter }) => {
      const keys = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n']
      for (const [i, key] of keys.entries()) {
        await test.step(key, async () => {
          await presenter.press(key)
          await presenter.expectSlide(i + 2, 12)
        })
      }
    })

    test('goes back with ←, ↑, PageUp and Backspace', async ({ presenter }) => {
      await presenter.press('End')
      await presenter.expectSlide(12, 12)
      const keys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']
      for (const [i, key] of keys.entries()) {
        await test.step(key, async () => {
          await presenter.press(key)
          await presenter.expectSlide(11 - i, 12)
        })
      }
    })

    test('goes to the last slide with End and the first with Home', async ({ presenter }) => {
      await presenter.press('End')
      await presenter.expectSlide(12, 12)
      await expect(presenter.currentSlide.getByRole('heading', { name: '致谢' })).toBeVisible()
      await presenter.press('Home')
      await presenter.expectSlide(1, 12)
    })

    test('goes to a typed slide number on Enter', async ({ presenter, page }) => {
      await presenter.press('1', '0')
      await expect(page.getByText('Go to slide 10 — press Enter')).toBeVisible()
      await presenter.press('Enter')
      await presenter.expectSlide(10, 12)
      await expect(presenter.currentSlide.getByRole('heading', { name: '📌 创新点' })).toBeVisible()
      await expect(page.getByText('Go to slide 10 — press Enter')).toBeHidden()
    })

    test('clamps a typed number past the end to the last slide', async ({ presenter }) => {
      await presenter.press('9', '9', 'Enter')
      await presenter.expectSlide(12, 12)
    })

    test('leaves Ctrl and Alt combinations to the browser', async ({ presenter }) => {
      await presenter.press('Control+ArrowRight', 'Alt+ArrowRight')
      await presenter.expectSlide(1, 12)
    })

    test('moves once per turn of the mouse wheel', async ({ presenter, page }) => {
      await page.mouse.move(600, 300)
      await page.mouse.wheel(0, 120)
      await presenter.expectSlide(2, 12)
      await expect
        .poll(async () => {
          // A new burst once the wheel has rested 250 ms.
          await page.mouse.wheel(0, -120)
          return presenter.counter.textContent()
        })
        .toBe('1 / 12')
    })
  })

  test.describe('on a deck with fragments', () => {
    // Slides: Plain (no fragments), Stars (3 `*` items), Parens (2 `1)` items), Dashes (`-`, no fragments), End.
    test.beforeEach(async ({ presenter }) => {
      await presenter.openDeck('/e2e/decks/nav-fragments.md')
    })

    test('reveals fragments one by one, then moves to the next slide with none shown', async ({ presenter }) => {
      const slide = presenter.currentSlide
      await presenter.press('ArrowRight')
      await presenter.expectSlide(2, 5)
      await presenter.expectFragment(0)
      await expect(slide.getByText('First star')).toBeHidden()

      for (const [step, item] of ['First star', 'Second star', 'Third star'].entries()) {
        await test.step(`step ${step + 1}: ${item}`, async () => {
          await presenter.press(step === 1 ? 'Space' : step === 2 ? 'PageDown' : 'ArrowRight')
          await presenter.expectFragment(step + 1)
          await expect(slide.getByText(item)).toBeVisible()
        })
      }
      await expect(presenter.counter).toHaveText('2 / 5')

      await presenter.press('ArrowDown')
      await presenter.expectSlide(3, 5)
      await presenter.expectFragment(0)
      await expect(slide.getByText('Alpha')).toBeHidden()
      await presenter.press('n')
      await expect(slide.getByText('Alpha')).toBeVisible()
      await expect(slide.getByText('Beta')).toBeHidden()
    })

    test('goes back a fragment at a time, arriving on the previous slide fully revealed', async ({ presenter }) => {
      const slide = presenter.currentSlide
      await presenter.press('3', 'Enter')
      await presenter.expectSlide(3, 5)
      await presenter.press('Backspace')
      await presenter.expectSlide(2, 5)
      await presenter.expectFragment(3)
      await expect(slide.getByText('Third star')).toBeVisible()
      await presenter.press('ArrowLeft')
      await presenter.expectFragment(2)
      await expect(slide.getByText('Third star')).toBeHidden()
      await expect(slide.getByText('Second star')).toBeVisible()
      await presenter.press('ArrowUp', 'PageUp')
      await presenter.expectFragment(0)
      await presenter.press('Backspace')
      await presenter.expectSlide(1, 5)
    })

    test('skips fragments with Shift and the arrows, as Marp does', async ({ presenter }) => {
      const slide = presenter.currentSlide
      await presenter.press('ArrowRight', 'ArrowRight')
      await presenter.expectFragment(1)

      await test.step('Shift+→ reveals the rest of this slide', async () => {
        await presenter.press('Shift+ArrowRight')
        await presenter.expectSlide(2, 5)
        await presenter.expectFragment(3)
        await expect(slide.getByText('Third star')).toBeVisible()
      })

      await test.step('Shift+→ again goes to the next slide fully revealed', async () => {
        await presenter.press('Shift+ArrowRight')
        await presenter.expectSlide(3, 5)
        await presenter.expectFragment(2)
        await expect(slide.getByText('Beta')).toBeVisible()
      })

      await test.step('Shift+↓ moves on to a slide without fragments', async () => {
        await presenter.press('Shift+ArrowDown')
        await presenter.expectSlide(4, 5)
        await expect(slide.getByText('Not a fragment')).toBeVisible()
      })

      await test.step('Shift+← goes to the previous slide fully revealed', async () => {
        await presenter.press('Shift+ArrowLeft')
        await presenter.expectSlide(3, 5)
        await presenter.expectFragment(2)
        await presenter.press('Shift+ArrowUp')
        await presenter.expectSlide(2, 5)
        await presenter.expectFragment(3)
      })
    })

    test('shows the last slide fully revealed with End', async ({ presenter }) => {
      await presenter.press('End')
      await presenter.expectSlide(5, 5)
      await expect(presenter.nextButton).toBeDisabled()
    })

    test('steps fragments with the Next slide button too', async ({ presenter }) => {
      await presenter.press('2', 'Enter')
      await presenter.nextButton.click()
      await presenter.expectSlide(2, 5)
      await presenter.expectFragment(1)
      await presenter.previousButton.click()
      await presenter.previousButton.click()
      await presenter.expectSlide(1, 5)
    })
  })

  test('ignores keys typed into a text field', async ({ presenter, goTo }) => {
    await presenter.open()
    await presenter.press('g')
    await expect(goTo.input).toBeFocused()
    await goTo.input.press('ArrowRight')
    await goTo.input.press('n')
    await goTo.input.press('End')
    await expect(goTo.input).toHaveValue('n')
    await goTo.input.press('Escape')
    await expect(goTo.dialog).toBeHidden()
    await presenter.expectSlide(1, 12)
  })

  test('moves with swipes on a touch screen: left is next, right is previous', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 600 } })
    const page = await context.newPage()
    await page.goto('./')
    const stage = page.getByRole('main')
    const counter = page.getByRole('status').filter({ hasText: /^\d+ \/ \d+$/ })
    const swipe = async (dx: number, dy: number) => {
      const from = { identifier: 1, clientX: 400, clientY: 300 }
      const to = { identifier: 1, clientX: 400 + dx, clientY: 300 + dy }
      await stage.dispatchEvent('touchstart', { touches: [from], changedTouches: [from], targetTouches: [from] })
      await stage.dispatchEvent('touchend', { touches: [], changedTouches: [to], targetTouches: [] })
    }
    await swipe(-120, 10)
    await expect(counter).toHaveText('2 / 12')
    await swipe(0, -80)
    await expect(counter).toHaveText('3 / 12')
    await swipe(100, 0)
    await expect(counter).toHaveText('2 / 12')
    await swipe(12, 8) // too short: a tap, not a swipe
    await expect(counter).toHaveText('2 / 12')
    await context.close()
  })
})
