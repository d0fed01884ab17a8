import { expect, test } from '@playwright/test'
import { centreOf, currentSlide, dropFiles, loadAlert, openSeed, pasteText, screenPixel } from './open-fixtures.ts'

test.describe('dropping decks on the window', () => {
  test('a dropped deck opens at slide 1, and the URL names it for a reload', async ({ page }) => {
    await page.goto('./?deck=/e2e/decks/nav-fragments.md#3')
    await expect(currentSlide(page)).toBeVisible()
    await dropFiles(page, [{ name: 'seed-bert.md', path: 'decks/seed-bert.md', type: 'text/markdown' }])
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 12/)
    await expect(currentSlide(page)).toContainText('BERT')
    await expect(page).toHaveURL(/\?recent=[0-9a-f]{12}#1$/)
  })

  test('what a drop needs loads while the page is idle, so the drop itself loads no script', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    const worker = page.waitForEvent('worker')
    await openSeed(page)
    // Before any drop: the parse worker is started, the renderer's pipeline and the theme tools are loaded.
    expect((await worker).url()).toMatch(/parse-worker/)
    await expect.poll(() => scripts.join(' ')).toMatch(/\/preparer-[\w-]+\.js/)
    await expect.poll(() => scripts.join(' ')).toMatch(/\/theme-sheets-[\w-]+\.js/)

    // Wait for the page to be done loading what it loads at start, then drop.
    await page.waitForLoadState('networkidle')
    const before = scripts.length
    await dropFiles(page, [{ name: 'talk.md', text: '# A dropped talk\n\nHello.\n\n---\n\n# Two\n' }])
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 2: A dropped talk$/)
    // (Once the deck is whole, a fresh parse worker starts for the next deck: its script is the only one.)
    expect(scripts.slice(before).filter((path) => !/\/parse-worker-[\w-]+\.js$/.test(path))).toEqual([])
  })

  test('a deck dropped while the one before is still being read opens at once', async ({ page }) => {
    await openSeed(page)
    // 10,000 slides with lists, links, tables, code and notes: reading them all takes the parser many seconds.
    const slide = (n: number) =>
      `# Big ${n}\n\n- item *${n}*\n  - [link](https://example.com/${n})\n\n| a | b |\n|---|---|\n| ${n} | **b** |\n\n` +
      `\`\`\`js\nconst n = ${n}\n\`\`\`\n\n<!-- Note ${n}. -->`
    const big = Array.from({ length: 10_000 }, (_, n) => slide(n + 1)).join('\n\n---\n\n')
    await dropFiles(page, [{ name: 'big.md', text: big }])
    // Its first slide shows while the rest is read.
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 1: Big 1$/)

    await dropFiles(page, [{ name: 'small.md', text: '# Small\n\n---\n\n# Two\n\n---\n\n# Three\n' }])
    // Not once the big deck is read to its end: its reading stops for the new deck.
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 3: Small$/, { timeout: 5_000 })
    await page.keyboard.press('End')
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 3 of 3: Three$/)
    // The big deck's stopped reading is no error, and it does not come back.
    await page.waitForTimeout(500)
    await expect(loadAlert(page)).toHaveCount(0)
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 3 of 3: Three$/)
  })

  test('several files dropped side by side: images and themes resolve by name', async ({ page }) => {
    await openSeed(page)
    await dropFiles(page, [
      { name: 'talk.md', path: 'e2e/decks/folder/talk.md' },
      { name: 'dot.png', path: 'e2e/decks/folder/images/dot.png', type: 'image/png' },
      { name: 'base.css', path: 'e2e/decks/folder/themes/base.css', type: 'text/css' },
      { name: 'folder.css', path: 'e2e/decks/folder/themes/folder.css', type: 'text/css' },
    ])
    const slide = currentSlide(page)
    await expect(slide.getByRole('heading', { name: 'Dropped folder' })).toBeVisible()
    const image = slide.locator('img[alt^="Pink dot"]')
    await expect(image).toHaveJSProperty('complete', true)
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64)
    expect(await image.getAttribute('src')).toMatch(/^blob:/)
    const { x, y } = await centreOf(image)
    expect(await screenPixel(page, x, y)).toEqual([255, 0, 128])
    // The dropped theme, and the theme it imports, are applied.
    await expect(slide.getByRole('heading', { name: 'Dropped folder' })).toHaveCSS('color', 'rgb(0, 200, 100)')
    await expect(slide.locator('section').first()).toHaveCSS('background-color', 'rgb(10, 20, 30)')

    // A background image (`![bg right](images/dot.png)`) resolves to the dropped file too.
    await page.keyboard.press('End')
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 3 of 3/)
    const figure = currentSlide(page).locator('[data-marpit-advanced-background-container] figure')
    await expect(figure).toHaveCSS('background-image', /^url\("blob:/)
    const centre = await centreOf(figure)
    expect(await screenPixel(page, centre.x, centre.y)).toEqual([255, 0, 128])
  })

  test('pasted Markdown opens as a deck', async ({ page }) => {
    await openSeed(page)
    await pasteText(page, '# Pasted title\n\nSome text\n\n---\n\n# Second\n')
    await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 2/)
    await expect(currentSlide(page).getByRole('heading', { name: 'Pasted title' })).toBeVisible()
  })

  test('the drop hint shows while files are dragged over the window', async ({ page }) => {
    await openSeed(page)
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['# x'], 'x.md'))
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }))
    })
    await expect(page.getByText('Drop a deck to open it')).toBeVisible()
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['# x'], 'x.md'))
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true, cancelable: true }))
    })
    await expect(page.getByText('Drop a deck to open it')).toBeHidden()
  })

  test('Back returns to the deck that was open before the drop', async ({ page }) => {
    await page.goto('./?deck=/e2e/decks/nav-fragments.md')
    await expect(currentSlide(page)).toBeVisible()
    const before = await currentSlide(page).innerText()
    await dropFiles(page, [{ name: 'seed-bert.md', path: 'decks/seed-bert.md' }])
    await expect(currentSlide(page)).toContainText('BERT')
    await page.goBack()
    await expect(page).toHaveURL(/\?deck=\/e2e\/decks\/nav-fragments\.md/)
    await expect(currentSlide(page)).toHaveText(before)
  })

  test('a pasted web address opens the deck there', async ({ page }) => {
    await openSeed(page)
    await pasteText(page, `${new URL('/e2e/decks/open-url/deck.md', page.url()).href}\n`)
    await expect(page).toHaveURL(/\?deck=http/)
    await expect(currentSlide(page).getByRole('heading', { name: 'Served deck' })).toBeVisible()
  })

  test('a link dropped from another tab opens the deck it points at', async ({ page }) => {
    await openSeed(page)
    const link = new URL('/e2e/decks/open-url/deck.md', page.url()).href
    await page.evaluate((url) => {
      const data = new DataTransfer()
      data.setData('text/uri-list', `# a comment\r\n${url}`)
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
    }, link)
    await expect(page).toHaveURL(/\?deck=http/)
    await expect(currentSlide(page).getByRole('heading', { name: 'Served deck' })).toBeVisible()
  })
})
