import { expect, test } from '@playwright/test'
import { centreOf, currentSlide, openSeed, screenPixel } from './open-fixtures.ts'

test.describe('the start screen', () => {
  test('lists the bundled decks by title and opens one', async ({ page }) => {
    await openSeed(page)
    await page.getByRole('button', { name: 'Open…' }).click()
    const start = page.getByRole('dialog', { name: 'Open a deck' })
    await expect(start).toBeVisible()
    const bundled = start.getByRole('region', { name: 'Bundled decks' })
    await expect(bundled.getByRole('button')).toHaveCount(2)
    const seed = bundled.getByRole('button', { name: /seed-bert\.md/ })
    await expect(seed).toContainText('BERT')
    await bundled.getByRole('button', { name: /awesome-tour\.md/ }).click()
    await expect(start).toBeHidden()
    await expect(page).toHaveURL(/\?bundled=awesome-tour\.md#1$/)
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of/)
    await expect(currentSlide(page)).not.toContainText('BERT')

    // Its relative images (`images/island.svg`) load from the copies built with the app.
    await page.keyboard.press('o')
    const island = page.getByRole('dialog').locator('img[alt="人工岛示意图"]').first()
    await expect(island).toHaveJSProperty('complete', true)
    expect(await island.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480)
  })

  test('Open folder… reads a folder: a choice among its decks, `../` images, themes that import themes', async ({
    page,
  }) => {
    await openSeed(page)
    await page.getByRole('button', { name: 'Open…' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open folder…' }).click()
    await (await chooser).setFiles('e2e/decks/folder')
    const choice = page.getByRole('dialog', { name: 'Choose a deck' })
    await expect(choice).toContainText('2 Markdown files arrived')
    await expect(choice.getByRole('button', { name: 'folder/talk.md' })).toBeVisible()
    await choice.getByRole('button', { name: 'folder/extra/more.md' }).click()

    const slide = currentSlide(page)
    const heading = slide.getByRole('heading', { name: 'More from the folder' })
    await expect(heading).toHaveCSS('color', 'rgb(0, 200, 100)')
    await expect(slide.locator('section').first()).toHaveCSS('background-color', 'rgb(10, 20, 30)')
    const image = slide.locator('img[alt^="Pink dot from above"]')
    await expect(image).toHaveJSProperty('complete', true)
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64)
    const { x, y } = await centreOf(image)
    expect(await screenPixel(page, x, y)).toEqual([255, 0, 128])

    // A `backgroundImage` directive's url() resolves to the dropped file as well.
    await page.keyboard.press('ArrowRight')
    const section = currentSlide(page).locator('section').first()
    await expect(section).toHaveCSS('background-image', /^url\("blob:/)
    const box = (await section.boundingBox())!
    expect(await screenPixel(page, box.x + box.width - 20, box.y + box.height - 20)).toEqual([255, 0, 128])

    // So does a url() in the deck's own <style>.
    await page.keyboard.press('ArrowRight')
    await expect(currentSlide(page).getByRole('heading', { name: 'A style background' })).toHaveCSS(
      'background-image',
      /^url\("blob:/,
    )
  })

  test('Open file… uses the file picker and opens the picked deck', async ({ page }) => {
    // The File System Access picker is a native dialog: stand in for it with the picked file.
    await page.addInitScript(() => {
      Object.assign(window, {
        showOpenFilePicker: async () => [
          {
            kind: 'file',
            name: 'picked.md',
            getFile: async () => new File(['# Picked deck\n\n---\n\n# Two\n'], 'picked.md'),
          },
        ],
      })
    })
    await openSeed(page)
    await page.getByRole('button', { name: 'Open…' }).click()
    await page.getByRole('button', { name: 'Open file…' }).click()
    await expect(currentSlide(page).getByRole('heading', { name: 'Picked deck' })).toBeVisible()
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 2/)

    // Ctrl+O goes straight to the picker.
    await page.goto('./')
    await expect(currentSlide(page)).toContainText('BERT')
    await page.keyboard.press('Control+o')
    await expect(currentSlide(page).getByRole('heading', { name: 'Picked deck' })).toBeVisible()
  })
})

test('keys inside the start screen stay there: Escape closes it, arrows do not move the slides behind', async ({
  page,
}) => {
  await openSeed(page)
  await page.getByRole('button', { name: 'Open…' }).click()
  const start = page.getByRole('dialog', { name: 'Open a deck' })
  await expect(start).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Escape')
  await expect(start).toBeHidden()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 12/)
})
