import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** Escape text for use inside a RegExp. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Offline, as on CI: every request to another origin than the app's fails at
 * once (remote images show their placeholders, a failed background keeps the
 * theme's band).
 */
export async function offline(page: Page): Promise<void> {
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  )
}

/** The audience view, as a user finds it: by role and accessible name. */
export class Audience {
  /** The slide on screen: hidden neighbours are out of the accessibility tree. */
  readonly currentSlide: Locator
  /** The "N / total" counter. */
  readonly counter: Locator
  readonly nextButton: Locator
  readonly previousButton: Locator
  readonly overviewButton: Locator
  readonly helpButton: Locator
  readonly fullscreenButton: Locator
  readonly languageSelect: Locator
  /** The control bar. */
  readonly controls: Locator
  /** The polite live region that reads out slide changes. */
  readonly announcer: Locator

  constructor(readonly page: Page) {
    this.currentSlide = page.getByRole('group', { name: /^Slide \d+ of \d+/ })
    this.counter = page.getByRole('status').filter({ hasText: /^\d+ \/ \d+$/ })
    this.nextButton = page.getByRole('button', { name: 'Next slide' })
    this.previousButton = page.getByRole('button', { name: 'Previous slide' })
    this.overviewButton = page.getByRole('button', { name: 'Overview' })
    this.helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' })
    this.fullscreenButton = page.getByRole('button', { name: 'Full screen' })
    this.languageSelect = page.getByRole('combobox', { name: 'Language' })
    this.controls = page.getByRole('navigation', { name: 'Presentation controls' })
    // A live region has no role or name to find it by.
    this.announcer = page.getByTestId('slide-announcer')
  }

  /**
   * Open the app on its bundled seed deck.
   *
   * @param hash
   *   A URL hash such as `#5` (default none).
   */
  async open(hash = '') {
    await this.page.goto(`./${hash}`)
    await expect(this.currentSlide).toBeVisible()
  }

  /**
   * Open a deck by URL, as `/?deck=URL`.
   *
   * @param url
   *   Relative (`/e2e/decks/nav-fragments.md`) or absolute.
   * @param hash
   *   A URL hash such as `#2` (default none).
   */
  async openDeck(url: string, hash = '') {
    await this.page.goto(`/?deck=${url}${hash}`)
    await expect(this.currentSlide).toBeVisible()
  }

  /**
   * Open a deck made up in the test: its Markdown is served at
   * `/e2e/decks/generated/NAME`.
   */
  async openDeckText(name: string, markdown: string, hash = '') {
    const path = `/e2e/decks/generated/${name}`
    // Match the path only: the page's own URL carries it in `?deck=`.
    await this.page.route(
      (url) => url.pathname === path,
      (route) => route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: markdown }),
    )
    await this.openDeck(path, hash)
  }

  /** Press keys one after another (Playwright key names: `ArrowRight`, `Shift+ArrowLeft`, `Space`). */
  async press(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** Expect slide `n` of `total` on screen: the counter and the slide's label. */
  async expectSlide(n: number, total: number) {
    await expect(this.counter).toHaveText(`${n} / ${total}`)
    await expect(this.currentSlide).toHaveAccessibleName(new RegExp(`^Slide ${n} of ${total}(:|$)`))
  }

  /** The current slide's fragment step, as the slide frame exposes it (`data-fragment`). */
  async expectFragment(step: number) {
    await expect(this.currentSlide).toHaveAttribute('data-fragment', String(step))
  }
}

/** The overview grid. */
export class Overview {
  readonly dialog: Locator
  /** Every thumbnail (buttons named "Slide N: title"). */
  readonly thumbnails: Locator
  /** The thumbnail of the slide on screen. */
  readonly current: Locator
  readonly closeButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Overview' })
    this.thumbnails = this.dialog.getByRole('button', { name: /^Slide \d+/ })
    this.current = this.thumbnails.and(this.dialog.locator('[aria-current="true"]'))
    this.closeButton = this.dialog.getByRole('button', { name: 'Close overview' })
  }

  /** The thumbnail of slide `n` (1-based). */
  thumbnail(n: number): Locator {
    return this.dialog.getByRole('button', { name: new RegExp(`^Slide ${n}(:|$)`) })
  }

  /** Open the overview with its button in the control bar. */
  async open() {
    await this.page.getByRole('button', { name: 'Overview' }).click()
    await expect(this.dialog).toBeVisible()
  }
}

/** The go-to dialog. */
export class GoTo {
  readonly dialog: Locator
  readonly input: Locator
  /** The matching slides offered. */
  readonly options: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Go to slide' })
    this.input = this.dialog.getByRole('combobox', { name: 'Slide number or title' })
    this.options = this.dialog.getByRole('option')
  }

  /** The offered match for slide `n`, optionally with its title. */
  option(n: number, title?: string): Locator {
    const name = title === undefined ? new RegExp(`^Slide ${n}(:|$)`) : `Slide ${n}: ${title}`
    return this.dialog.getByRole('option', { name })
  }

  /** Open with G, type, and press Enter. */
  async goTo(text: string) {
    await this.page.keyboard.press('g')
    await expect(this.input).toBeFocused()
    await this.input.fill(text)
    await expect(this.options.first()).toBeVisible()
    await this.input.press('Enter')
    await expect(this.dialog).toBeHidden()
  }
}

/** The help overlay. */
export class Help {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  }

  /** The help row describing an action (by its description text). */
  row(description: string | RegExp): Locator {
    const name = typeof description === 'string' ? new RegExp(escapeRegExp(description)) : description
    return this.dialog.getByRole('row', { name })
  }

  /** The keys listed for an action, as text: `→ ↓ Space PageDown N`. */
  keysFor(description: string | RegExp): Locator {
    return this.row(description).getByRole('rowheader')
  }
}

export const test = base.extend<{ audience: Audience; overview: Overview; goTo: GoTo; help: Help }>({
  audience: async ({ page }, use) => {
    await use(new Audience(page))
  },
  overview: async ({ page }, use) => {
    await use(new Overview(page))
  },
  goTo: async ({ page }, use) => {
    await use(new GoTo(page))
  },
  help: async ({ page }, use) => {
    await use(new Help(page))
  },
})

export { expect } from '@playwright/test'
