import { expect, test } from './fixtures.ts'

test.describe('present with the keyboard', () => {
  test.describe('on the seed deck', () => {
    test.beforeEach(async ({ audience }) => {
      await audience.open()
    })

    test('moves on with →, ↓, Space, PageDown and N', async ({ audience }) => {
      const keys = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n']
      for (const [i, key] of keys.entries()) {
        await test.step(key, async () => {
          await audience.press(key)
          await audience.expectSlide(i + 2, 12)
        })
      }
    })

    test('goes back with ←, ↑, PageUp and Backspace', async ({ audience }) => {
      await audience.press('End')
      await audience.expectSlide(12, 12)
      const keys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']
      for (const [i, key] of keys.entries()) {
        await test.step(key, async () => {
          await audience.press(key)
          await audience.expectSlide(11 - i, 12)
        })
      }
    })

    test('goes to the last slide with End and the first with Home', async ({ audience }) => {
      await audience.press('End')
      await audience.expectSlide(12, 12)
      await expect(audience.currentSlide.getByRole('heading', { name: '致谢' })).toBeVisible()
      await audience.press('Home')
      await audience.expectSlide(1, 12)
    })

    test('goes to a typed slide number on Enter', async ({ audience, page }) => {
      await audience.press('1', '0')
      await expect(page.getByText('Go to slide 10 — press Enter')).toBeVisible()
      await audience.press('Enter')
      await audience.expectSlide(10, 12)
      await expect(audience.currentSlide.getByRole('heading', { name: '📌 创新点' })).toBeVisible()
      await expect(page.getByText('Go to slide 10 — press Enter')).toBeHidden()
    })

    test('clamps a typed number past the end to the last slide', async ({ audience }) => {
      await audience.press('9', '9', 'Enter')
      await audience.expectSlide(12, 12)
    })

    test('leaves Ctrl and Alt combinations to the browser', async ({ audience }) => {
      await audience.press('Control+ArrowRight', 'Alt+ArrowRight')
      await audience.expectSlide(1, 12)
    })

    test('moves once per turn of the mouse wheel', async ({ audience, page }) => {
      await page.mouse.move(600, 300)
      await page.mouse.wheel(0, 120)
      await audience.expectSlide(2, 12)
      await expect
        .poll(async () => {
          // A new burst once the wheel has rested 250 ms.
          await page.mouse.wheel(0, -120)
          return audience.counter.textContent()
        })
        .toBe('1 / 12')
    })
  })

  test.describe('on the seed deck while its rest arrives', () => {
    // The page's first JavaScript holds the seed's first slide; the rest comes in its own chunks, here late.
    test.beforeEach(async ({ audience, page }) => {
      await page.route(/\/assets\/seed-bert-[^/]*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        await route.continue()
      })
      await audience.open()
      await expect(audience.counter).toHaveText('1 / 1')
    })

    test('goes to the real last slide on End', async ({ audience }) => {
      await audience.press('End')
      await audience.expectSlide(12, 12)
      await expect(audience.currentSlide.getByRole('heading', { name: '致谢' })).toBeVisible()
    })

    test('moves on as many slides as → was pressed', async ({ audience, page }) => {
      await audience.press('ArrowRight', 'ArrowRight', 'ArrowRight')
      await audience.expectSlide(4, 12)
      await expect(page).toHaveURL(/#4$/)
    })

    test('goes to a typed slide number past the first slides', async ({ audience }) => {
      await audience.press('1', '0', 'Enter')
      await audience.expectSlide(10, 12)
    })
  })

  test.describe('on a deck with fragments', () => {
    // Slides: Plain (no fragments), Stars (3 `*` items), Parens (2 `1)` items), Dashes (`-`, no fragments), End.
    test.beforeEach(async ({ audience }) => {
      await audience.openDeck('/e2e/decks/nav-fragments.md')
    })

    test('reveals fragments one by one, then moves to the next slide with none shown', async ({ audience }) => {
      const slide = audience.currentSlide
      await audience.press('ArrowRight')
      await audience.expectSlide(2, 5)
      await audience.expectFragment(0)
      await expect(slide.getByText('First star')).toBeHidden()

      for (const [step, item] of ['First star', 'Second star', 'Third star'].entries()) {
        await test.step(`step ${step + 1}: ${item}`, async () => {
          await audience.press(step === 1 ? 'Space' : step === 2 ? 'PageDown' : 'ArrowRight')
          await audience.expectFragment(step + 1)
          await expect(slide.getByText(item)).toBeVisible()
        })
      }
      await expect(audience.counter).toHaveText('2 / 5')

      await audience.press('ArrowDown')
      await audience.expectSlide(3, 5)
      await audience.expectFragment(0)
      await expect(slide.getByText('Alpha')).toBeHidden()
      await audience.press('n')
      await expect(slide.getByText('Alpha')).toBeVisible()
      await expect(slide.getByText('Beta')).toBeHidden()
    })

    test('goes back a fragment at a time, arriving on the previous slide fully revealed', async ({ audience }) => {
      const slide = audience.currentSlide
      await audience.press('3', 'Enter')
      await audience.expectSlide(3, 5)
      await audience.press('Backspace')
      await audience.expectSlide(2, 5)
      await audience.expectFragment(3)
      await expect(slide.getByText('Third star')).toBeVisible()
      await audience.press('ArrowLeft')
      await audience.expectFragment(2)
      await expect(slide.getByText('Third star')).toBeHidden()
      await expect(slide.getByText('Second star')).toBeVisible()
      await audience.press('ArrowUp', 'PageUp')
      await audience.expectFragment(0)
      await audience.press('Backspace')
      await audience.expectSlide(1, 5)
    })

    test('skips fragments with Shift and the arrows, as Marp does', async ({ audience }) => {
      const slide = audience.currentSlide
      await audience.press('ArrowRight', 'ArrowRight')
      await audience.expectFragment(1)

      await test.step('Shift+→ reveals the rest of this slide', async () => {
        await audience.press('Shift+ArrowRight')
        await audience.expectSlide(2, 5)
        await audience.expectFragment(3)
        await expect(slide.getByText('Third star')).toBeVisible()
      })

      await test.step('Shift+→ again goes to the next slide fully revealed', async () => {
        await audience.press('Shift+ArrowRight')
        await audience.expectSlide(3, 5)
        await audience.expectFragment(2)
        await expect(slide.getByText('Beta')).toBeVisible()
      })

      await test.step('Shift+↓ moves on to a slide without fragments', async () => {
        await audience.press('Shift+ArrowDown')
        await audience.expectSlide(4, 5)
        await expect(slide.getByText('Not a fragment')).toBeVisible()
      })

      await test.step('Shift+← goes to the previous slide fully revealed', async () => {
        await audience.press('Shift+ArrowLeft')
        await audience.expectSlide(3, 5)
        await audience.expectFragment(2)
        await audience.press('Shift+ArrowUp')
        await audience.expectSlide(2, 5)
        await audience.expectFragment(3)
      })
    })

    test('shows the last slide fully revealed with End', async ({ audience }) => {
      await audience.press('End')
      await audience.expectSlide(5, 5)
      await expect(audience.nextButton).toBeDisabled()
    })

    test('steps fragments with the Next slide button too', async ({ audience }) => {
      await audience.press('2', 'Enter')
      await audience.nextButton.click()
      await audience.expectSlide(2, 5)
      await audience.expectFragment(1)
      await audience.previousButton.click()
      await audience.previousButton.click()
      await audience.expectSlide(1, 5)
    })
  })

  test('ignores keys typed into a text field', async ({ audience, goTo }) => {
    await audience.open()
    await audience.press('g')
    await expect(goTo.input).toBeFocused()
    await goTo.input.press('ArrowRight')
    await goTo.input.press('n')
    await goTo.input.press('End')
    await expect(goTo.input).toHaveValue('n')
    await goTo.input.press('Escape')
    await expect(goTo.dialog).toBeHidden()
    await audience.expectSlide(1, 12)
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
