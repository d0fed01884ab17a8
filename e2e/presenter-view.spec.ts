import { expect, test } from '@playwright/test'
import { audienceCounter, audienceSlide, expectRejoined, openPair, PresenterView } from './presenter-fixtures.ts'

const notesDeck = 'deck=/e2e/decks/notes-markdown.md'
const otherDeck = 'deck=/e2e/decks/notes-other.md'

test.describe('presenter view', () => {
  test('P opens the presenter view of the same deck and slide in a second window', async ({ page }) => {
    await page.goto(`/?${notesDeck}#2`)
    await expect(audienceCounter(page)).toHaveText('2 / 3')
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')])
    await popup.waitForLoadState()
    await expect(new PresenterView(popup).connected).toBeVisible()
    const url = new URL(popup.url())
    expect(url.searchParams.get('view')).toBe('presenter')
    expect(url.searchParams.get('deck')).toBe('/e2e/decks/notes-markdown.md')
    expect(url.hash).toBe('#2')
    await new PresenterView(popup).expectSlide(2, 3)
    // P no longer steps back.
    await expect(audienceCounter(page)).toHaveText('2 / 3')
    await popup.close()
    const [again] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ])
    await new PresenterView(again).expectSlide(2, 3)
  })

  test('either window drives the other within 200 ms, fragments included', async ({ context }) => {
    const { audience, presenter } = await openPair(context, notesDeck)
    await presenter.page.bringToFront()
    await presenter.page.keyboard.press('ArrowRight')
    await expect(audienceCounter(audience)).toHaveText('2 / 3', { timeout: 200 })
    await presenter.page.keyboard.press('ArrowRight')
    await expect(audienceSlide(audience)).toHaveAttribute('data-fragment', '1', { timeout: 200 })
    await expect(presenter.current).toHaveAttribute('data-fragment', '1')

    await audience.bringToFront()
    await audience.keyboard.press('ArrowRight')
    await expect(presenter.current).toHaveAttribute('data-fragment', '2', { timeout: 200 })
    await audience.keyboard.press('ArrowRight')
    await presenter.expectSlide(3, 3, 200)
    await expect(presenter.next).toContainText('End of deck')
    await audience.keyboard.press('Home')
    await presenter.expectSlide(1, 3, 200)

    await presenter.page.getByRole('button', { name: 'Next →' }).click()
    await expect(audienceCounter(audience)).toHaveText('2 / 3', { timeout: 200 })
    await presenter.page.keyboard.press('b')
    await expect(audience.getByRole('img', { name: 'Black screen' })).toBeVisible({ timeout: 200 })
    await presenter.page.keyboard.press('b')
    await expect(audience.getByRole('img', { name: 'Black screen' })).toBeHidden({ timeout: 200 })
  })

  test('a reloaded window rejoins at the current slide and keeps syncing', async ({ context }) => {
    const pair = await openPair(context, notesDeck)
    const { presenter } = pair
    await presenter.page.keyboard.press('End')
    await expect(audienceCounter(pair.audience)).toHaveText('3 / 3')

    // The audience window, closed and opened again at slide 1, comes back where the talk is.
    await pair.audience.close()
    const audience = await context.newPage()
    await audience.goto(`/?${notesDeck}#1`)
    await expectRejoined(audience, '3 / 3')
    // And reloaded.
    await audience.reload()
    await expectRejoined(audience, '3 / 3')
    await presenter.page.keyboard.press('Home')
    await expect(audienceCounter(audience)).toHaveText('1 / 3')

    await audience.keyboard.press('ArrowRight')
    await presenter.expectSlide(2, 3)
    await presenter.page.reload()
    await presenter.expectSlide(2, 3, 1000)
    await presenter.page.close()
    const reopened = new PresenterView(await context.newPage())
    await reopened.page.goto(`/?${notesDeck}&view=presenter#1`)
    await reopened.expectSlide(2, 3, 1000)
    await reopened.page.keyboard.press('ArrowLeft')
    await expect(audienceCounter(audience)).toHaveText('1 / 3')
    await audience.keyboard.press('End')
    await reopened.expectSlide(3, 3)
  })

  test('two decks in two tabs do not steer each other', async ({ context }) => {
    const { audience, presenter } = await openPair(context, notesDeck)
    const other = await context.newPage()
    await other.goto(`/?${otherDeck}`)
    await expect(audienceCounter(other)).toHaveText('1 / 3')
    await presenter.page.keyboard.press('End')
    await expect(audienceCounter(audience)).toHaveText('3 / 3')
    await other.keyboard.press('ArrowRight')
    await expect(audienceCounter(other)).toHaveText('2 / 3')
    // Give a stray message time to arrive, then check nothing moved.
    await presenter.page.keyboard.press('ArrowLeft')
    await expect(audienceCounter(audience)).toHaveText('2 / 3')
    await expect(audienceCounter(other)).toHaveText('2 / 3')
    await presenter.expectSlide(2, 3)
  })

  test('shows the seed deck’s slide-1 note', async ({ context }) => {
    const { presenter } = await openPair(context)
    await expect(presenter.notes.getByRole('heading', { name: '副标题' })).toBeVisible()
    await expect(presenter.counter).toHaveText('Slide 1 / 12')
  })

  test('shows Markdown notes formatted, safely, and says when a slide has none', async ({ context }) => {
    const { presenter } = await openPair(context, notesDeck)
    const notes = presenter.notes
    await expect(notes.locator('strong', { hasText: 'hello' })).toBeVisible()
    await expect(notes.locator('em', { hasText: 'smile' })).toBeVisible()
    await expect(notes.locator('code', { hasText: 'npm start' })).toBeVisible()
    await expect(notes.getByRole('link', { name: 'the docs' })).toHaveAttribute('href', 'https://example.com/docs')
    await expect(notes.getByRole('listitem')).toHaveText(['first point', 'second point'])
    expect(await presenter.page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined()
    await presenter.page.keyboard.press('End')
    await expect(notes).toHaveText('No notes for this slide.')
  })

  test('notes text size changes with the buttons and keys, and is remembered', async ({ context }) => {
    const { presenter } = await openPair(context, notesDeck)
    const size = () => presenter.notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const before = await size()
    await presenter.page.getByRole('button', { name: 'Larger notes text' }).click()
    await expect.poll(size).toBe(before + 2)
    await presenter.page.keyboard.press('+')
    await expect.poll(size).toBe(before + 4)
    await presenter.page.keyboard.press('-')
    await expect.poll(size).toBe(before + 2)
    await presenter.page.reload()
    await expect.poll(size).toBe(before + 2)
    await presenter.page.getByRole('button', { name: 'Smaller notes text' }).click()
    await expect.poll(size).toBe(before)
    // The keys are rows of the key table: the help of this window lists them.
    await presenter.page.keyboard.press('?')
    const help = presenter.page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.getByRole('row', { name: /Larger notes text/ }).getByRole('rowheader')).toHaveText('+ =')
    await expect(help.getByRole('row', { name: /Smaller notes text/ }).getByRole('rowheader')).toHaveText('- _')
    await expect(help.getByRole('row', { name: /Open the presenter view/ })).toHaveCount(0)
  })

  test('the timer starts, pauses and resets', async ({ context }) => {
    const { presenter } = await openPair(context, notesDeck)
    await expect(presenter.elapsed).toHaveText('0:00')
    await presenter.startButton.click()
    await expect(presenter.elapsed).toHaveText('0:01', { timeout: 3000 })
    await presenter.pauseButton.click()
    const paused = await presenter.elapsed.textContent()
    await expect(presenter.startButton).toBeVisible()
    // Paused: the time stays put across several ticks.
    await expect(presenter.page.getByRole('timer', { name: 'Clock' })).toBeVisible()
    await presenter.page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 1200)))
    await expect(presenter.elapsed).toHaveText(paused ?? '')
    await presenter.resetButton.click()
    await expect(presenter.elapsed).toHaveText('0:00')
  })

  test('a countdown reaches zero and signals it, while navigation still works', async ({ context }) => {
    const { audience, presenter } = await openPair(context, `${notesDeck}&duration=2s`)
    const { page } = presenter
    await expect(presenter.remaining).toHaveText('0:02')
    await presenter.startButton.click()
    await expect(page.getByRole('alert')).toContainText('Time is up', { timeout: 4000 })
    await expect(presenter.remaining).toHaveText('0:00')
    await page.keyboard.press('ArrowRight')
    await presenter.expectSlide(2, 3)
    await expect(audienceCounter(audience)).toHaveText('2 / 3')
    await expect(presenter.elapsed).not.toHaveText('0:00')
  })

  test('takes the countdown from the deck’s front matter', async ({ context }) => {
    const { presenter } = await openPair(context, notesDeck)
    await expect(presenter.remaining).toHaveText('20:00')
  })

  test('the rehearsal table counts time per slide and skipped slides, and downloads', async ({ context }) => {
    const { presenter } = await openPair(context, notesDeck)
    await presenter.startButton.click()
    await presenter.page.keyboard.press('End')
    await presenter.expectSlide(3, 3)
    await presenter.page.getByText('Rehearsal timings', { exact: true }).first().click()
    const table = presenter.page.getByRole('table', { name: 'Rehearsal timings' })
    await expect(table.getByRole('row')).toHaveCount(4)
    await expect(table.getByRole('row', { name: /^1 Welcome/ })).not.toContainText('yes')
    await expect(table.getByRole('row', { name: /^2 Steps/ })).toContainText('yes')
    await expect(table.getByRole('row', { name: /^3 Silent/ })).not.toContainText('yes')
    const [csv] = await Promise.all([
      presenter.page.waitForEvent('download'),
      presenter.page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(csv.suggestedFilename()).toBe('Notes-in-Markdown-timings.csv')
    const [md] = await Promise.all([
      presenter.page.waitForEvent('download'),
      presenter.page.getByRole('button', { name: 'Download Markdown' }).click(),
    ])
    expect(md.suggestedFilename()).toBe('Notes-in-Markdown-timings.md')
  })

  test('the notes-only view follows the talk and drives it', async ({ context }) => {
    const { audience, presenter } = await openPair(context, notesDeck)
    const phone = await context.newPage()
    await phone.setViewportSize({ width: 390, height: 844 })
    await phone.goto(`/?${notesDeck}&view=notes`)
    await expect(phone.getByRole('status', { name: 'Slide', exact: true })).toHaveText('Slide 1 / 3')
    await expect(phone.getByRole('region', { name: 'Notes' }).locator('strong')).toHaveText('hello')
    await phone.getByRole('button', { name: 'Next →' }).click()
    await expect(audienceCounter(audience)).toHaveText('2 / 3')
    await presenter.expectSlide(2, 3)
    await presenter.page.keyboard.press('Shift+ArrowRight')
    await presenter.page.keyboard.press('ArrowRight')
    await expect(phone.getByRole('status', { name: 'Slide', exact: true })).toHaveText('Slide 3 / 3')
    await expect(phone.getByRole('region', { name: 'Notes' })).toHaveText('No notes for this slide.')
  })

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    test(`screenshot on the seed deck at ${width}×${height}`, async ({ context }) => {
      const { presenter } = await openPair(context, '', '#1')
      await presenter.page.setViewportSize({ width, height })
      await expect(presenter.notes.getByRole('heading', { name: '副标题' })).toBeVisible()
      await presenter.page.screenshot({ path: `test-results/presenter-view/seed-${width}x${height}.png` })
    })
  }
})

test('screenshots of Markdown notes with a countdown, and of the notes-only view on a phone', async ({ context }) => {
  const { presenter } = await openPair(context, notesDeck)
  await presenter.page.setViewportSize({ width: 1366, height: 768 })
  await presenter.startButton.click()
  await expect(presenter.notes.locator('strong')).toHaveText('hello')
  await presenter.page.screenshot({ path: 'test-results/presenter-view/notes-markdown-1366x768.png' })
  const phone = await context.newPage()
  await phone.setViewportSize({ width: 390, height: 844 })
  await phone.goto(`/?${notesDeck}&view=notes`)
  await expect(phone.getByRole('region', { name: 'Notes' }).locator('strong')).toHaveText('hello')
  await phone.screenshot({ path: 'test-results/presenter-view/notes-only-390x844.png' })
})

test('the presenter view says when the audience window goes away', async ({ context }) => {
  const { audience, presenter } = await openPair(context, notesDeck)
  await audience.close()
  await expect(presenter.page.getByRole('status', { name: 'Audience window not connected' })).toBeVisible({
    timeout: 5000,
  })
  // An audience window opened again by hand: see attack-sync.spec.ts.
})
