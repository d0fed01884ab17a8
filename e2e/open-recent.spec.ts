import { expect, test, type Page } from '@playwright/test'
import { centreOf, currentSlide, dropFiles, openSeed, screenPixel } from './open-fixtures.ts'

/** Drop the folder fixture's deck with its image and themes, side by side. */
async function dropFolderDeck(page: Page) {
  await dropFiles(page, [
    { name: 'talk.md', path: 'e2e/decks/folder/talk.md' },
    { name: 'dot.png', path: 'e2e/decks/folder/images/dot.png', type: 'image/png' },
    { name: 'base.css', path: 'e2e/decks/folder/themes/base.css', type: 'text/css' },
    { name: 'folder.css', path: 'e2e/decks/folder/themes/folder.css', type: 'text/css' },
  ])
  await expect(currentSlide(page).getByRole('heading', { name: 'Dropped folder' })).toBeVisible()
}

test.describe('recent decks', () => {
  test('a reload reopens the dropped deck on the same slide, with its image and theme', async ({ page }) => {
    await openSeed(page)
    await dropFolderDeck(page)
    await page.keyboard.press('ArrowRight')
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 2 of 3/)
    await expect(page).toHaveURL(/\?recent=\w+#2$/)

    await page.reload()
    const slide = currentSlide(page)
    await expect(slide).toHaveAccessibleName(/^Slide 2 of 3/)
    await expect(slide.getByRole('heading', { name: 'Dot again' })).toBeVisible()
    // The theme's own `url(../images/dot.png)` resolves to the dropped image as well.
    await expect(slide.getByRole('heading', { name: 'Dot again' })).toHaveCSS('background-image', /^url\("blob:/)
    await expect(slide.locator('section').first()).toHaveCSS('background-color', 'rgb(10, 20, 30)')
    const image = slide.locator('img[alt^="Pink dot"]')
    await expect(image).toHaveJSProperty('complete', true)
    const { x, y } = await centreOf(image)
    expect(await screenPixel(page, x, y)).toEqual([255, 0, 128])
  })

  test('the presenter window of a dropped deck shows the same deck', async ({ page, context }) => {
    await openSeed(page)
    await dropFolderDeck(page)
    const opened = context.waitForEvent('page')
    await page.keyboard.press('p')
    const presenter = await opened
    await expect(presenter).toHaveURL(/\?recent=\w+&view=presenter/)
    await expect(presenter.getByRole('heading', { name: 'Dropped folder' }).first()).toBeVisible()
    await expect(presenter.getByText('BERT')).toHaveCount(0)
    // The windows follow each other.
    await page.keyboard.press('ArrowRight')
    await expect(presenter.getByRole('heading', { name: 'Dot again' }).first()).toBeVisible()
  })

  test('the start screen lists recent decks, reopens one, and the list can be cleared', async ({ page }) => {
    await openSeed(page)
    await dropFolderDeck(page)
    // Back to the seed deck, then reopen the dropped one from the list.
    await page.getByRole('button', { name: 'Open…' }).click()
    const start = page.getByRole('dialog', { name: 'Open a deck' })
    await start
      .getByRole('region', { name: 'Bundled decks' })
      .getByRole('button', { name: /seed-bert\.md/ })
      .click()
    await expect(currentSlide(page)).toContainText('BERT')

    await page.getByRole('button', { name: 'Open…' }).click()
    const recent = start.getByRole('region', { name: 'Recent decks' })
    await expect(recent.getByRole('button', { name: /Folder talk/ })).toContainText('talk.md')
    await recent.getByRole('button', { name: /Folder talk/ }).click()
    await expect(currentSlide(page).getByRole('heading', { name: 'Dropped folder' })).toBeVisible()

    await page.getByRole('button', { name: 'Open…' }).click()
    await recent.getByRole('button', { name: 'Clear recent decks' }).click()
    await expect(recent).toContainText('No recent decks yet.')
    await page.reload()
    await page.getByRole('button', { name: 'Open…' }).click()
    await expect(start.getByRole('region', { name: 'Recent decks' })).toContainText('No recent decks yet.')
  })
})
