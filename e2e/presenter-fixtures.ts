import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'

/** The presenter view (`?view=presenter`), found by role and name. */
export class PresenterView {
  /** "Slide N / total". */
  readonly counter: Locator
  /** The current slide (the big one). */
  readonly current: Locator
  readonly next: Locator
  readonly notes: Locator
  readonly elapsed: Locator
  readonly remaining: Locator
  readonly connected: Locator
  readonly startButton: Locator
  readonly pauseButton: Locator
  readonly resetButton: Locator

  constructor(readonly page: Page) {
    this.counter = page.getByRole('status', { name: 'Slide', exact: true })
    this.current = page.getByRole('region', { name: 'Current slide' }).getByRole('group')
    this.next = page.getByRole('region', { name: 'Next', exact: true })
    this.notes = page.getByRole('region', { name: 'Notes' })
    this.elapsed = page.getByRole('timer', { name: 'Elapsed' })
    this.remaining = page.getByRole('timer', { name: 'Remaining' })
    this.connected = page.getByRole('status', { name: 'Audience window connected' })
    this.startButton = page.getByRole('button', { name: 'Start timer' })
    this.pauseButton = page.getByRole('button', { name: 'Pause timer' })
    this.resetButton = page.getByRole('button', { name: 'Reset timer' })
  }

  /** With a timeout, it counts from when the deck shows (loading a page may take longer on a busy machine). */
  async expectSlide(n: number, total: number, timeout?: number) {
    if (timeout !== undefined) await expect(this.counter).toBeVisible()
    await expect(this.counter).toHaveText(`Slide ${n} / ${total}`, { timeout })
  }
}

/** An audience window that has just loaded its deck is on `text` within a second of showing it. */
export async function expectRejoined(page: Page, text: string) {
  await expect(audienceCounter(page)).toBeVisible()
  await expect(audienceCounter(page)).toHaveText(text, { timeout: 1000 })
}

/** The audience window's "N / total" counter. */
export function audienceCounter(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^\d+ \/ \d+$/ })
}

/** The audience window's slide on screen. */
export function audienceSlide(page: Page): Locator {
  return page.getByRole('group', { name: /^Slide \d+ of \d+/ })
}

/**
 * Open an audience window, and from it (P) the presenter view of the same deck,
 * as a user does; wait until the presenter hears the audience.
 *
 * @param query
 *   The query string without `view` (`''` for the seed deck, `deck=/e2e/decks/x.md`).
 */
export async function openPair(context: BrowserContext, query = '', hash = '') {
  const audience = await context.newPage()
  await audience.goto(`/?${query}${hash}`)
  await expect(audienceSlide(audience)).toBeVisible()
  const [page] = await Promise.all([audience.waitForEvent('popup'), audience.keyboard.press('p')])
  // As `goto` would: the popup is handed over before its page has loaded.
  await page.waitForLoadState()
  const presenter = new PresenterView(page)
  await expect(presenter.counter).toBeVisible()
  await expect(presenter.connected).toBeVisible()
  return { audience, presenter }
}
