import { expect, test } from '@playwright/test'
import { centreOf, currentSlide, loadAlert, screenPixel } from './open-fixtures.ts'

test.describe('?deck=URL', () => {
  test("a served deck's relative image resolves against the deck's URL, not the page's", async ({ page }) => {
    await page.goto('./?deck=/e2e/decks/open-url/deck.md')
    const image = currentSlide(page).locator('img[alt^="Blue dot"]')
    await expect(image).toHaveJSProperty('complete', true)
    expect(await image.getAttribute('src')).toBe(new URL('/e2e/decks/open-url/img/dot.png', page.url()).href)
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64)
    const { x, y } = await centreOf(image)
    expect(await screenPixel(page, x, y)).toEqual([0, 128, 255])
  })

  test('a deck that is not there is named with the reason, and the seed deck shows', async ({ page }) => {
    await page.goto('./?deck=/e2e/decks/open-url/missing.md')
    await expect(loadAlert(page)).toContainText('Could not open the deck at /e2e/decks/open-url/missing.md')
    // Vite answers unknown paths with the app's page: a web page, not Markdown.
    await expect(loadAlert(page)).toContainText(/web page|404/)
    await expect(currentSlide(page)).toContainText('BERT')
  })

  test('a server error status is named', async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/gone/deck.md',
      (route) => route.fulfill({ status: 404, body: 'Not Found', contentType: 'text/plain' }),
    )
    await page.goto('./?deck=/gone/deck.md')
    await expect(loadAlert(page)).toContainText('Could not open the deck at /gone/deck.md: the server answered 404')
    await loadAlert(page).getByRole('button', { name: 'Dismiss' }).click()
    await expect(loadAlert(page)).toBeHidden()
    await expect(currentSlide(page)).toContainText('BERT')
  })

  test('a deck on another site that does not allow it (CORS, offline) is named with the reason', async ({ page }) => {
    await page.route('https://decks.invalid/**', (route) => route.abort('failed'))
    await page.goto('./?deck=https://decks.invalid/talk.md')
    await expect(loadAlert(page)).toContainText(
      'Could not open the deck at https://decks.invalid/talk.md: it could not be fetched',
    )
    await expect(loadAlert(page)).toContainText('CORS')
  })

  test.describe('limits: every bad answer ends in a message within 10 s, and the seed deck stays', () => {
    test('a server that never answers', async ({ page }) => {
      await page.route(
        (url) => url.pathname === '/stalled/deck.md',
        () => new Promise<void>(() => {}),
      )
      await page.goto('./?deck=/stalled/deck.md')
      await expect(loadAlert(page)).toContainText(
        'Could not open the deck at /stalled/deck.md: nothing came within 8 s',
        { timeout: 10_000 },
      )
      await expect(currentSlide(page)).toContainText('BERT')
      await page.unrouteAll({ behavior: 'ignoreErrors' })
    })

    test('an answer larger than 8 MB, with and without its length said', async ({ page }) => {
      const huge = Buffer.alloc(9 * 1024 * 1024, '# a\n\n')
      await page.route(
        (url) => url.pathname.startsWith('/huge/'),
        (route) =>
          route.fulfill({
            body: huge,
            contentType: 'text/markdown',
            // A chunked answer says no length: the reading itself must stop.
            headers: route.request().url().includes('chunked') ? { 'transfer-encoding': 'chunked' } : {},
          }),
      )
      for (const path of ['/huge/deck.md', '/huge/chunked.md']) {
        await page.goto(`./?deck=${path}`)
        await expect(loadAlert(page)).toContainText(`Could not open the deck at ${path}: the file is too large`, {
          timeout: 10_000,
        })
        await expect(loadAlert(page)).toContainText('Lectern opens decks up to 8 MB')
        await expect(currentSlide(page)).toContainText('BERT')
      }
    })

    test('an empty answer, and a picture where a deck was asked for', async ({ page }) => {
      await page.route(
        (url) => url.pathname === '/empty/deck.md',
        (route) => route.fulfill({ body: '', contentType: 'text/markdown' }),
      )
      await page.route(
        (url) => url.pathname === '/picture/deck.md',
        (route) => route.fulfill({ body: '<svg xmlns="http://www.w3.org/2000/svg"/>', contentType: 'image/svg+xml' }),
      )
      await page.goto('./?deck=/empty/deck.md')
      await expect(loadAlert(page)).toContainText('Could not open the deck at /empty/deck.md: the file is empty')
      await page.goto('./?deck=/picture/deck.md')
      await expect(loadAlert(page)).toContainText(
        'Could not open the deck at /picture/deck.md: it is an image, not a Markdown deck (.md)',
      )
      await expect(currentSlide(page)).toContainText('BERT')
    })

    test('a prepared deck that Lectern’s PDF exporter did not sign is not shown', async ({ page }) => {
      // Markup that would run if a prepared tree were rendered unsanitised.
      const forged = JSON.stringify({ deck: { slides: [] }, prepared: { html: '<img src=x onerror=alert(1)>' } })
      await page.route(
        (url) => url.pathname === '/forged.json',
        (route) => route.fulfill({ body: forged, contentType: 'application/json' }),
      )
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto('./?deck=/e2e/decks/nav-fragments.md&prepared=/forged.json')
      await expect(loadAlert(page)).toContainText('a prepared deck is taken only from Lectern’s own PDF exporter')
      await expect(currentSlide(page)).toContainText('BERT')
      expect(dialogs).toEqual([])
    })
  })
})
