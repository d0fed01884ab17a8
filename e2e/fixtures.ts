import { test as base, type Locator, type Page } from '@playwright/test'

/** The presenter view, as a user finds it: by role and accessible name. */
export class Presenter {
  /** The slide on screen (only the current slide is shown). */
  readonly currentSlide: Locator
  /** The "N / total" counter. */
  readonly counter: Locator
  readonly nextButton: Locator
  readonly previousButton: Locator

  constructor(readonly page: Page) {
    this.currentSlide = page.getByRole('region', { name: /^Slide \d+$/ })
    this.counter = page.getByRole('status')
    this.nextButton = page.getByRole('button', { name: 'Next slide' })
    this.previousButton = page.getByRole('button', { name: 'Previous slide' })
  }

  /** Open the app on its bundled seed deck. */
  async open() {
    await this.page.goto('./')
  }
}

export const test = base.extend<{ presenter: Presenter }>({
  presenter: async ({ page }, use) => {
    await use(new Presenter(page))
  },
})

export { expect } from '@playwright/test'
