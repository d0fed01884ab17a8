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
})
