/**
 * A deck crafted to be slow to parse cannot freeze the tab: it is parsed in
 * a worker, the part that runs over the time budget is shown as plain text
 * with a warning, and the rest of the deck opens. The first slide shows
 * before the rest is parsed.
 */
import { expect, test } from '@playwright/test'
import { currentSlide, dropFiles, openSeed } from './open-fixtures.ts'

/**
 * 150 KB of unclosed reference links: Markdown parsers walk back over every
 * open bracket at each `]`, so this one paragraph takes remark tens of
 * seconds (it passes the engine's cheap checks: short lines, no emphasis).
 */
const hostile = '[a]['.repeat(38_000)
const deck = [
  '# Before',
  'The first slide.',
  '---',
  '# Second',
  '---',
  '# Third',
  '---',
  '# Fourth',
  '---',
  hostile,
  '---',
  '# After',
  'A **bold** word.',
].join('\n\n')

test('a slow part of a dropped deck is shown as plain text with a warning, and the rest opens', async ({ page }) => {
  await openSeed(page)
  // Every name the slide on screen takes, as the page shows it.
  await page.evaluate(() => {
    const names: string[] = ((window as { shownSlides?: string[] }).shownSlides = [])
    new MutationObserver(() => {
      const name = document.querySelector('[aria-roledescription="slide"][data-state="current"]')?.ariaLabel
      if (name && name !== names.at(-1)) names.push(name)
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
  })
  const dropped = Date.now()
  await dropFiles(page, [{ name: 'slow.md', text: deck }])

  // The page answers while the worker is stuck, and the deck opens whole once it is stopped.
  await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 1 of 6: Before$/, { timeout: 30_000 })
  expect(Date.now() - dropped).toBeLessThan(30_000)
  // Its first slide showed first, before the rest was parsed.
  const shown = await page.evaluate(() => (window as { shownSlides?: string[] }).shownSlides)
  expect(shown?.slice(-2)).toEqual(['Slide 1 of 1: Before', 'Slide 1 of 6: Before'])

  const panel = page.locator('.lectern-notice[data-kind="warnings"]')
  await expect(panel.getByRole('listitem')).toContainText(
    'Reading this part as Markdown took too long; this part is shown as plain text.',
  )

  await page.keyboard.press('End')
  await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 6 of 6\b/)
  await expect(currentSlide(page).getByRole('heading', { name: 'After' })).toBeVisible()
  await expect(currentSlide(page).locator('strong')).toHaveText('bold')

  await page.keyboard.press('ArrowLeft')
  await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 5 of 6\b/)
  const text = currentSlide(page).locator('pre code')
  await expect(text).toContainText('[a][[a][[a][')
  expect(await text.evaluate((code) => code.textContent?.length)).toBeGreaterThan(150_000)
})
