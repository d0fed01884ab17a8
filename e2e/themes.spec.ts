import { expect, test, type Page } from '@playwright/test'
import { buildPages, type ThemeName } from './themes/harness.ts'

/**
 * Our built-in themes on Marp's own DOM (the sample deck rendered by
 * marp-core), with Marp's CSS removed and ours scoped to `div.marpit`.
 * Slides: 1 lead (no page number), 2 lists, …, 6 invert, 8 `gaia`, 9 lead invert (skip).
 */
async function openTheme(page: Page, theme: ThemeName) {
  await page.setContent(buildPages(theme).ours)
  return (n: number) => page.locator(`div.marpit > svg:nth-of-type(${n}) section`)
}

/** A computed style of the nth slide's section (or of its pseudo-element). */
function slideStyle(page: Page, n: number, property: string, pseudo?: string): Promise<string> {
  const target = `document.querySelectorAll('div.marpit > svg > foreignObject > section')[${n - 1}]`
  return page.evaluate(
    `getComputedStyle(${target}, ${pseudo ? `'${pseudo}'` : 'null'}).getPropertyValue('${property}')`,
  ) as Promise<string>
}

/** Relative luminance (0 dark … 1 light) of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}

test.describe('built-in themes on Marp slides', () => {
  test('gaia centres the lead slide', async ({ page }) => {
    const slide = await openTheme(page, 'gaia')
    const heading = slide(1).getByRole('heading', { level: 1 })
    await expect(heading).toHaveCSS('text-align', 'center')
    const box = await heading.boundingBox()
    const frame = await slide(1).boundingBox()
    expect(box && frame && Math.abs(box.y + box.height / 2 - (frame.y + frame.height / 2))).toBeLessThan(120)
    await expect(slide(2).getByRole('heading', { level: 1 })).toHaveCSS('text-align', 'start')
  })

  for (const theme of ['default', 'gaia', 'uncover'] as const) {
    test(`${theme}: an invert slide is dark with light text`, async ({ page }) => {
      await openTheme(page, theme)
      expect(luminance(await slideStyle(page, 2, 'background-color'))).toBeGreaterThan(0.8)
      expect(luminance(await slideStyle(page, 6, 'background-color'))).toBeLessThan(0.35)
      expect(luminance(await slideStyle(page, 6, 'color'))).toBeGreaterThan(0.8)
    })

    test(`${theme}: the page number shows bottom right only when paginated`, async ({ page }) => {
      const slide = await openTheme(page, theme)
      expect(await slideStyle(page, 2, 'content', '::after')).toBe('"2"')
      expect(await slideStyle(page, 2, 'position', '::after')).toBe('absolute')
      expect(parseFloat(await slideStyle(page, 2, 'right', '::after'))).toBeLessThan(60)
      expect(parseFloat(await slideStyle(page, 2, 'bottom', '::after'))).toBeLessThan(60)
      expect(await slideStyle(page, 1, 'display', '::after')).toBe('none')
      expect(await slideStyle(page, 9, 'display', '::after')).toBe('none')
      // Header top left, footer bottom left, inside the slide.
      const frame = await slide(2).boundingBox()
      const header = await slide(2).locator('header').boundingBox()
      const footer = await slide(2).locator('footer').boundingBox()
      expect(frame && header && header.y - frame.y).toBeLessThan(60)
      expect(frame && footer && frame.y + frame.height - (footer.y + footer.height)).toBeLessThan(60)
      expect(frame && header && header.x - frame.x).toBeLessThan(60)
    })
  }

  test('gaia paints the `gaia` class in a strong colour', async ({ page }) => {
    await openTheme(page, 'gaia')
    const paper = await slideStyle(page, 8, 'background-color')
    const [r = 0, , b = 0] = (paper.match(/[\d.]+/g) ?? []).map(Number)
    expect(b - r).toBeGreaterThan(100)
  })

  test('uncover centres content both ways', async ({ page }) => {
    const slide = await openTheme(page, 'uncover')
    await expect(slide(3).getByRole('heading', { level: 2 })).toHaveCSS('text-align', 'center')
    expect(await slideStyle(page, 3, 'justify-content')).toBe('center')
  })
})
