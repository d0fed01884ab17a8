/**
 * In the room: the laser pointer, drawing (pen, highlighter, undo, redo,
 * kept across reloads), Alt+click zoom, search, pacing, notes per step, the
 * progress bar and the screen kept awake.
 */
import { expect, test } from './fixtures.ts'
import { appearsWithin, lineAcross, onSurface, settled, strokesIn } from './marks-fixtures.ts'
import { openPair } from './presenter-fixtures.ts'
import { openPrint, pdfOf, pixelColour } from './print-fixtures.ts'

const deckUrl = '/e2e/decks/marks.md'
const deck = `deck=${deckUrl}`
const stage = '.lectern-frame[data-state="current"]'
const current = '.lectern-pv-current'

test.describe('marks on the slide, in every window', () => {
  test('the laser pointer, a stroke and the zoom show in the other window within 200 ms, both ways', async ({
    context,
  }) => {
    const { audience, presenter } = await openPair(context, deck)
    const view = presenter.page

    await test.step('the laser pointer', async () => {
      await audience.keyboard.press('l')
      const ms = await appearsWithin(view, `${current} [data-lectern-laser]`, () =>
        onSurface(audience, stage, [{ type: 'pointermove', x: 0.5, y: 0.4 }]),
      )
      expect(ms).toBeLessThan(200)
      await audience.keyboard.press('l')
    })

    await test.step('a stroke, from the audience window to the presenter view', async () => {
      await audience.keyboard.press('d')
      const ms = await appearsWithin(view, `${current} [data-lectern-drawings] path`, () =>
        onSurface(audience, stage, lineAcross),
      )
      expect(ms).toBeLessThan(200)
      await audience.keyboard.press('Escape')
    })

    await test.step('and from the presenter view to the audience window', async () => {
      await view.keyboard.press('d')
      await onSurface(view, current, [
        { type: 'pointerdown', x: 0.2, y: 0.8 },
        { type: 'pointermove', x: 0.5, y: 0.8 },
        { type: 'pointerup', x: 0.7, y: 0.8 },
      ])
      await expect(strokesIn(audience, stage)).toHaveCount(2)
      await view.keyboard.press('Escape')
    })

    await test.step('the zoom', async () => {
      const ms = await appearsWithin(view, `${current} [data-zoomed]`, () =>
        audience.evaluate((root) => {
          const layer = document.querySelector<HTMLElement>(`${root} .lectern-slide-layer`)!
          const box = layer.getBoundingClientRect()
          const at = Date.now()
          layer.dispatchEvent(
            new MouseEvent('click', {
              bubbles: true,
              altKey: true,
              clientX: box.left + box.width * 0.75,
              clientY: box.top + 10,
            }),
          )
          return at
        }, stage),
      )
      expect(ms).toBeLessThan(200)
      await audience.keyboard.press('Escape')
      await expect(view.locator(`${current} [data-zoomed]`)).toHaveCount(0)
    })
  })

  test('strokes are undone and redone, and survive a reload; the highlighter and the eraser work', async ({
    audience,
    page,
  }) => {
    await audience.openDeck(deckUrl)
    await page.keyboard.press('d')
    await expect(page.getByRole('toolbar', { name: 'Drawing tools' })).toBeVisible()
    await onSurface(page, stage, lineAcross)
    await page.getByRole('button', { name: 'Highlighter', exact: true }).click()
    await onSurface(page, stage, [
      { type: 'pointerdown', x: 0.2, y: 0.3 },
      { type: 'pointermove', x: 0.5, y: 0.3 },
      { type: 'pointerup', x: 0.6, y: 0.3 },
    ])
    await expect(strokesIn(page, stage)).toHaveCount(2)
    await page.keyboard.press('Control+z')
    await expect(strokesIn(page, stage)).toHaveCount(1)
    await page.keyboard.press('Control+Shift+z')
    await expect(strokesIn(page, stage)).toHaveCount(2)
    await page.getByRole('button', { name: 'Eraser', exact: true }).click()
    await onSurface(page, stage, [
      { type: 'pointerdown', x: 0.5, y: 0.3 },
      { type: 'pointerup', x: 0.5, y: 0.3 },
    ])
    await expect(strokesIn(page, stage)).toHaveCount(1)
    await settled(page)
    await page.reload()
    await expect(audience.currentSlide).toBeVisible()
    await expect(strokesIn(page, stage)).toHaveCount(1)
    // H hides and shows them.
    await page.keyboard.press('h')
    await expect(strokesIn(page, stage)).toHaveCount(0)
    await page.keyboard.press('h')
    await expect(strokesIn(page, stage)).toHaveCount(1)
  })

  test('a stroke is in the PDF printed with drawings, and not in the plain one', async ({ audience, page }) => {
    await audience.openDeck(deckUrl)
    await page.keyboard.press('d')
    // Four red pen lines across the middle of slide 1; the PDF is read on the second (y = 0.56).
    await page.getByRole('button', { name: 'Highlighter', exact: true }).click()
    await page.getByRole('button', { name: 'Red', exact: true }).click()
    await page.getByRole('button', { name: 'Pen', exact: true }).click()
    for (const y of [0.55, 0.56, 0.57, 0.58]) {
      await onSurface(page, stage, [
        { type: 'pointerdown', x: 0.1, y },
        { type: 'pointermove', x: 0.5, y },
        { type: 'pointerup', x: 0.9, y },
      ])
    }
    await settled(page)
    const red = ([r, g, b]: [number, number, number]) => r > 180 && g < 110 && b < 130
    await openPrint(page, `/?${deck}&print=1`, 3)
    expect(red(pixelColour(await pdfOf(page), 1, 0.5, 0.56, 96))).toBe(false)
    await openPrint(page, `/?${deck}&print=1&drawings=1`, 3)
    await expect(page.locator('[data-lectern-print-page] [data-lectern-drawings] path')).toHaveCount(4)
    expect(red(pixelColour(await pdfOf(page), 1, 0.5, 0.56, 96))).toBe(true)
  })
})

test.describe('search, pacing and notes per step', () => {
  test('Ctrl+F finds a word that is only in the notes, and Enter goes to its slide', async ({ audience, page }) => {
    await audience.openDeck(deckUrl, '#3')
    await page.keyboard.press('Control+f')
    const search = page.getByRole('dialog', { name: 'Search' })
    await search.getByRole('combobox').fill('zebra')
    await expect(search.getByRole('option', { name: /^Slide 1: Marks \(notes\)/ })).toBeVisible()
    await search.getByRole('combobox').press('Enter')
    await expect(search).toBeHidden()
    await audience.expectSlide(1, 3)
    // / opens it too; a word of a slide is marked there.
    await page.keyboard.press('/')
    await search.getByRole('combobox').fill('last slide')
    await search.getByRole('combobox').press('Enter')
    await audience.expectSlide(3, 3)
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('lectern-search')?.size ?? 0)).toBe(1)
  })

  test('the go-to dialog finds words of the slides’ text too', async ({ audience, page }) => {
    await audience.openDeck(deckUrl)
    await page.keyboard.press('g')
    const dialog = page.getByRole('dialog', { name: 'Go to slide' })
    await dialog.getByRole('combobox').fill('draw on')
    await expect(dialog.getByRole('option')).toHaveText(['Slide 1: Marks'])
  })

  test('pacing says “behind” once a slide is overrun', async ({ context }) => {
    const { presenter } = await openPair(context, `${deck}&duration=3s`)
    const pace = presenter.page.getByRole('status', { name: 'Pace' })
    await expect(pace).toHaveText('On time')
    await presenter.startButton.click()
    // A second a slide: after a second and a half on slide 1, the talk is behind.
    await expect(pace).toHaveText(/behind$/, { timeout: 5000 })
    await expect(pace).toHaveAttribute('data-pace', 'behind')
  })

  test('the notes part of the step on screen is marked', async ({ context }) => {
    const { presenter } = await openPair(context, deck, '#2')
    const parts = presenter.notes.locator('.lectern-note-step')
    await expect(parts).toHaveCount(3)
    await expect(parts.nth(0)).toHaveAttribute('data-step', 'current')
    await presenter.page.keyboard.press('ArrowRight')
    await expect(parts.nth(1)).toHaveAttribute('data-step', 'current')
    await expect(parts.nth(0)).toHaveAttribute('data-step', 'past')
    await expect(parts.nth(2)).toHaveAttribute('data-step', 'next')
  })
})

test.describe('progress and the screen kept awake', () => {
  test('?progress=1 shows how far through the deck the talk is', async ({ audience, page }) => {
    await audience.openDeck(`${deckUrl}&progress=1`, '#2')
    const bar = page.getByRole('progressbar', { name: 'Progress through the deck' })
    await expect(bar).toHaveAttribute('aria-valuenow', '50')
    await page.keyboard.press('End')
    await expect(bar).toHaveAttribute('aria-valuenow', '100')
  })

  test('a wake lock is held while presenting, and taken again when the page shows again', async ({
    audience,
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __locks: { released: boolean }[] }
      w.__locks = []
      Object.defineProperty(navigator, 'wakeLock', {
        value: {
          request: async () => {
            const lock = { released: false, release: async () => void (lock.released = true) }
            w.__locks.push(lock)
            return lock
          },
        },
      })
    })
    await audience.openDeck(deckUrl)
    await expect.poll(() => page.evaluate(() => (window as unknown as { __locks: unknown[] }).__locks.length)).toBe(1)
    // The browser lets go of the lock when the page is hidden; showing it again takes a new one.
    await page.evaluate(() => {
      ;(window as unknown as { __locks: { released: boolean }[] }).__locks[0]!.released = true
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await expect.poll(() => page.evaluate(() => (window as unknown as { __locks: unknown[] }).__locks.length)).toBe(2)
  })
})
