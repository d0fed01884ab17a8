/**
 * What the Awesome Marp specs share: where each class is in the tour deck,
 * the palettes' colours (from the Awesome styles' description), opening a
 * tour slide in a palette, and tolerant comparisons.
 */
import { type Page } from '@playwright/test'
import { expect } from './fixtures.ts'
import { currentSection, settle, tourUrl } from './slide-geometry.ts'

/** Slide numbers of the tour (1-based), checked against the slide's classes when opened. */
export const slide = {
  cover_a: 1,
  tocCombo: 2,
  trans: 4,
  cover_c: 6,
  cover_d: 7,
  toc_a: 10,
  toc_b: 11,
  'cols-2': 13,
  'cols-2-64': 14,
  'cols-2-73': 15,
  'cols-2-46': 16,
  'cols-2-37': 17,
  'cols-3': 18,
  'rows-2': 19,
  'pin-3': 20,
  cols2_ol_sq: 22,
  cols2_ol_ci: 23,
  cols2_ul_sq: 24,
  cols2_ul_ci: 25,
  col1_ol_sq: 26,
  col1_ol_ci: 27,
  col1_ul_sq: 28,
  col1_ul_ci: 29,
  cols_ul_sq: 30,
  cols_ul_ci: 31,
  'bq-black': 34,
  'bq-purple': 35,
  'bq-red': 36,
  'bq-blue': 37,
  'bq-green': 38,
  navbar: 50,
  fixedtitleA: 51,
  fixedtitleB: 52,
  'navbar fixedtitleB': 53,
  'cols-2-64 navbar': 54,
  'navbar cols-2': 55,
  'cols-2 bq-purple': 57,
  'cols-2-64 fglass': 58,
  lastpage: 59,
} as const

/** The palettes' colours. */
export const palette = {
  am_blue: { coverbg: '#2c9cb1', trans: '#72bdcb', much: '#1482a8', navbarBg: '#d0e9ee' },
  am_red: { coverbg: '#a7535a', trans: '#b9757b', much: '#864248', navbarBg: '#edddde' },
} as const
export const navbarFont = '#6c5f5b'

/**
 * Open tour slide `n` (the bundled deck, by URL), in another palette through
 * the control bar's theme picker.
 */
export async function openTourSlide(page: Page, n: number, classes: string, theme: keyof typeof palette = 'am_blue') {
  await page.goto(`/?deck=${tourUrl}#${n}`)
  await settle(page, n)
  if (theme !== 'am_blue') {
    await page.mouse.move(640, 700) // the control bar shows on pointer movement
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
    await expect(currentSection(page).locator('xpath=ancestor::*[@data-lectern-deck][1]')).toHaveAttribute(
      'data-theme',
      theme,
    )
    await settle(page, n)
  }
  await expect(currentSection(page)).toHaveClass(classes)
}

/** `actual` within `percent` % of `wanted`. */
export function expectWithin(actual: number, wanted: number, percent: number, what: string) {
  expect(
    Math.abs(actual - wanted),
    `${what}: ${actual.toFixed(1)} should be ${wanted} ± ${percent} %`,
  ).toBeLessThanOrEqual((wanted * percent) / 100)
}
