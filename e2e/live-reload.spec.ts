/**
 * Live reload under the dev server: a deck file edited on disk updates the
 * open view within a second, on the same slide, in the audience window and
 * the presenter window; unchanged slides are left alone.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { audienceCounter, audienceSlide, openPair } from './presenter-fixtures.ts'

/** A folder of its own, served by the dev server and removed afterwards (decks/ is listed by the app). */
const folder = join(process.cwd(), 'e2e', 'decks', 'live')
const deck = (...slides: string[]) => `---\npaginate: true\n---\n\n${slides.join('\n\n---\n\n')}\n`
const slides = ['# Intro\n\nHello', '# Method\n\nWe measured.', '# Results\n\nIt works.', '# End\n\nThanks.']

let file = ''
let url = ''

test.beforeAll(async () => {
  // A new folder takes the dev server's file watcher a moment to notice.
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true })
    await new Promise((done) => setTimeout(done, 1500))
  }
})

test.beforeEach(({}, testInfo) => {
  const name = `live-${testInfo.workerIndex}-${Date.now()}.md`
  file = join(folder, name)
  url = `/e2e/decks/live/${name}`
  writeFileSync(file, deck(...slides))
})

test.afterEach(() => {
  rmSync(file, { force: true })
})

test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

/** Write the deck file and give the time it was written. */
function write(text: string): number {
  writeFileSync(file, text)
  return Date.now()
}

/** The time until the slide on screen shows `text`. */
async function timeUntilShown(page: Page, text: string, since: number): Promise<number> {
  await expect(audienceSlide(page)).toContainText(text, { timeout: 5000 })
  return Date.now() - since
}

test('an edit on disk shows within a second on the same slide, in both windows', async ({ context }) => {
  const { audience, presenter } = await openPair(context, `deck=${url}`, '#3')
  await expect(audienceCounter(audience)).toHaveText('3 / 4')
  // Let the file watcher settle on the new file before it changes again.
  await audience.waitForTimeout(300)

  const since = write(deck(slides[0]!, slides[1]!, '# Results\n\nIt works, and now it says so live.', slides[3]!))
  const elapsed = await timeUntilShown(audience, 'now it says so live', since)
  test.info().annotations.push({ type: 'reload time', description: `${elapsed} ms` })
  expect(elapsed).toBeLessThan(1000)
  await expect(audienceCounter(audience)).toHaveText('3 / 4')
  await expect(presenter.current).toContainText('now it says so live')
  await presenter.expectSlide(3, 4)
})

test('a slide inserted above keeps the same heading on screen, and the presenter window follows', async ({
  context,
}) => {
  const { audience, presenter } = await openPair(context, `deck=${url}`, '#3')
  await expect(audienceSlide(audience).getByRole('heading', { name: 'Results' })).toBeVisible()
  await audience.waitForTimeout(300)

  write(deck(slides[0]!, '# A new slide\n\nInserted above.', slides[1]!, slides[2]!, slides[3]!))
  await expect(audienceCounter(audience)).toHaveText('4 / 5', { timeout: 2000 })
  await expect(audienceSlide(audience).getByRole('heading', { name: 'Results' })).toBeVisible()
  await presenter.expectSlide(4, 5, 2000)
  await expect(presenter.current.getByRole('heading', { name: 'Results' })).toBeVisible()

  // The windows still steer each other after the reload.
  await audience.keyboard.press('ArrowRight')
  await presenter.expectSlide(5, 5)
  await expect(presenter.current.getByRole('heading', { name: 'End' })).toBeVisible()
})

test('a reload leaves the DOM of unchanged slides untouched (nothing remounts)', async ({ page }) => {
  await page.goto(`/?deck=${url}#1`)
  await expect(audienceSlide(page)).toBeVisible()
  await page.keyboard.press('o')
  const overview = page.getByRole('dialog', { name: /overview/i })
  await expect(overview.locator('[data-lectern-slide]')).toHaveCount(4)
  await page.waitForTimeout(300)

  // Remember each thumbnail's <section> and record DOM changes inside each.
  await page.evaluate(() => {
    const state = window as unknown as { marked: Element[]; changed: Set<number> }
    state.changed = new Set()
    state.marked = [...document.querySelectorAll('dialog[open] [data-lectern-slide] section')]
    document.querySelectorAll('dialog[open] [data-lectern-slide]').forEach((box, index) => {
      new MutationObserver(() => state.changed.add(index)).observe(box, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      })
    })
  })
  write(deck(slides[0]!, slides[1]!, '# Results\n\nChanged in the file.', slides[3]!))
  await expect(overview.locator('[data-lectern-slide]').nth(2)).toContainText('Changed in the file.', { timeout: 2000 })

  const result = await page.evaluate(() => {
    const state = window as unknown as { marked: Element[]; changed: Set<number> }
    const now = [...document.querySelectorAll('dialog[open] [data-lectern-slide] section')]
    return { kept: state.marked.map((section, index) => section === now[index]), changed: [...state.changed].sort() }
  })
  expect(result.changed).toEqual([2])
  expect([result.kept[0], result.kept[1], result.kept[3]]).toEqual([true, true, true])
})
