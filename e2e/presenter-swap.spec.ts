import { expect, test } from '@playwright/test'

test.describe('presenter view on two displays', () => {
  test('swap displays moves the presenter window to the other screen', async ({ page }) => {
    // Two screens, as the Window Management API reports them; record where the window goes.
    await page.addInitScript(() => {
      const laptop = { availLeft: 0, availTop: 0, availWidth: 1440, availHeight: 900 }
      const projector = { availLeft: 1440, availTop: 0, availWidth: 1920, availHeight: 1080 }
      const w = window as unknown as Record<string, unknown>
      w.__moves = []
      w.getScreenDetails = async () => ({ screens: [laptop, projector], currentScreen: laptop })
      w.moveTo = (x: number, y: number) => (w.__moves as unknown[]).push(['move', x, y])
      w.resizeTo = (x: number, y: number) => (w.__moves as unknown[]).push(['resize', x, y])
    })
    await page.goto('/?view=presenter')
    await page.getByRole('button', { name: 'Swap displays' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __moves: unknown[] }).__moves))
      .toEqual([
        ['move', 1440, 0],
        ['resize', 1920, 1080],
      ])
  })
})
