import { mkdirSync } from 'node:fs'
import { expect, test, type Audience } from './fixtures.ts'

const shots = 'test-results/present'

test.describe('audience interface', () => {
  test('help lists the keys from the key table', async ({ audience, help }) => {
    await audience.open()
    await audience.press('Shift+?')
    await expect(help.dialog).toBeVisible()
    await expect(help.dialog.getByRole('row')).toHaveCount(1 + 26) // the header, then one row per key table entry of this window
    await expect(help.keysFor('Next: the next fragment, then the next slide').first()).toHaveText(
      '→ ↓ Space PageDown N',
    )
    await expect(help.keysFor('Previous: hide the last fragment').first()).toHaveText('← ↑ PageUp Backspace')
    await expect(help.keysFor('Reveal all fragments, then the next slide')).toHaveText('Shift+→ Shift+↓ Shift+PageDown')
    await expect(help.keysFor('Previous slide, fully revealed')).toHaveText('Shift+← Shift+↑ Shift+PageUp')
    await expect(help.keysFor('First slide')).toHaveText('Home')
    await expect(help.keysFor('Last slide')).toHaveText('End')
    await expect(help.keysFor('Type a slide number…')).toHaveText('0–9')
    await expect(help.keysFor('…then go to that slide')).toHaveText('Enter')
    await expect(help.keysFor('Go to a slide by number or title')).toHaveText('G')
    await expect(help.keysFor('Show or hide the overview')).toHaveText('O')
    await expect(help.keysFor('Close the open panel, or show the overview')).toHaveText('Esc')
    await expect(help.keysFor('Full screen on or off')).toHaveText('F')
    await expect(help.keysFor('Black screen on or off')).toHaveText('B .')
    await expect(help.keysFor('White screen on or off')).toHaveText('W')
    await expect(help.keysFor('Show or hide this help')).toHaveText('?')
    await expect(help.keysFor('Open the presenter view')).toHaveText('P')
    await expect(help.keysFor('Open a deck file')).toHaveText('Ctrl+O')
    // Search's two keys are two rows (one works over an open panel), Redo's two shortcuts too.
    await expect(help.keysFor('Search the slides and notes')).toHaveText(['Ctrl+F', '/'])
    await expect(help.keysFor('Laser pointer on or off')).toHaveText('L')
    await expect(help.keysFor('Draw on the slide (pen, highlighter, eraser) on or off')).toHaveText('D')
    await expect(help.keysFor('Show or hide drawings')).toHaveText('H')
    await expect(help.keysFor('Undo the last drawing')).toHaveText('Ctrl+Z')
    await expect(help.keysFor('Redo the drawing undone')).toHaveText(['Ctrl+Shift+Z', 'Ctrl+Y'])
    // The notes' size keys belong to the presenter and notes windows.
    await expect(help.row('Larger notes text')).toHaveCount(0)
    await audience.press('Escape')
    await expect(help.dialog).toBeHidden()

    await audience.helpButton.click()
    await expect(help.dialog).toBeVisible()
    await help.dialog.getByRole('button', { name: 'Close' }).click()
    await expect(help.dialog).toBeHidden()
    await audience.expectSlide(1, 12)
  })

  test('blacks out and whites out the screen, and comes back', async ({ audience, page }) => {
    await audience.open()
    const black = page.getByRole('img', { name: 'Black screen' })
    const white = page.getByRole('img', { name: 'White screen' })
    await audience.press('b')
    await expect(black).toBeVisible()
    await expect(black).toHaveCSS('background-color', 'rgb(0, 0, 0)')
    expect(await black.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 })
    await audience.press('b')
    await expect(black).toBeHidden()
    await audience.press('.')
    await expect(black).toBeVisible()
    await audience.press('w')
    await expect(black).toBeHidden()
    await expect(white).toHaveCSS('background-color', 'rgb(255, 255, 255)')
    await audience.press('Escape')
    await expect(white).toBeHidden()
    await expect(audience.currentSlide).toBeVisible()
  })

  test('switches its own text to 简体中文 and back', async ({ audience, page }) => {
    await audience.open('#3')
    await audience.languageSelect.selectOption('简体中文')
    await expect(page.getByRole('button', { name: '下一张幻灯片' })).toBeVisible()
    await expect(page.getByRole('button', { name: '上一张幻灯片' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Next slide' })).toHaveCount(0)
    await expect(page.getByRole('group', { name: '第 3 张，共 12 张：📜 引言' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await audience.press('Shift+?')
    await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible()
    await audience.press('Escape')

    await page.getByRole('combobox', { name: '语言' }).selectOption('English')
    await expect(audience.nextButton).toBeVisible()
    await audience.expectSlide(3, 12)
  })

  test.describe('in a browser set to Chinese', () => {
    test.use({ locale: 'zh-CN' })

    test('speaks 简体中文 from the start', async ({ page }) => {
      await page.goto('./')
      await expect(page.getByRole('button', { name: '下一张幻灯片' })).toBeVisible()
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN')
    })
  })

  test('tells about a theme it does not have, and the notice can be dismissed', async ({ audience, page }) => {
    await audience.openDeck('/e2e/decks/nav-unknown-theme.md')
    const notice = page
      .getByRole('note')
      .filter({ hasText: 'Theme no_such_theme is not available; showing the default theme' })
    await expect(notice).toBeVisible()
    await expect(
      audience.currentSlide.getByRole('heading', { name: 'A deck with a theme Lectern does not have' }),
    ).toBeVisible()
    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(notice).toBeHidden()
    await audience.press('ArrowRight')
    await audience.expectSlide(2, 2)
  })

  test('says why a deck URL failed, and shows the seed deck instead', async ({ audience, page }) => {
    await page.goto('/?deck=/e2e/decks/missing.md')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not open the deck at /e2e/decks/missing.md')
    await expect(alert).toContainText('not a Markdown file')
    await expect(alert).toContainText('Showing the bundled deck instead.')
    await audience.expectSlide(1, 12)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toBeHidden()
  })

  test('reports the HTTP status of a deck URL that fails', async ({ page, audience }) => {
    await page.route(
      (url) => url.pathname === '/decks/gone.md',
      (route) => route.fulfill({ status: 404, body: 'gone' }),
    )
    await page.goto('/?deck=/decks/gone.md')
    await expect(page.getByRole('alert')).toContainText(
      'Could not open the deck at /decks/gone.md: the server answered 404',
    )
    await audience.expectSlide(1, 12)
  })

  test('turns transitions off when reduced motion is preferred', async ({ audience, page }) => {
    await audience.open()
    await expect(audience.currentSlide).not.toHaveCSS('transition-duration', '0s')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await expect(audience.currentSlide).toHaveCSS('transition-duration', '0s')
    await expect(audience.controls).toHaveCSS('transition-duration', '0s')
  })

  test('hides the control bar after a few seconds without mouse movement', async ({ audience, page }) => {
    await page.clock.install()
    await audience.open()
    await page.mouse.move(300, 300)
    await expect(audience.controls).toHaveCSS('opacity', '1')
    await page.clock.runFor(3500)
    await expect(audience.controls).toHaveCSS('opacity', '0')
    await page.mouse.move(320, 320)
    await expect(audience.controls).toHaveCSS('opacity', '1')
  })

  test('goes full screen with F and leaves it again', async ({ audience, page }) => {
    await audience.open()
    await audience.press('f')
    await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible()
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML')
    await audience.press('f')
    await expect(audience.fullscreenButton).toBeVisible()
  })

  test('keeps only the current slide and its neighbours in a 1,000-slide deck', async ({ audience, page }) => {
    const markdown = Array.from({ length: 1000 }, (_, i) => `# Heading ${i + 1}\n\nText ${i + 1}`).join('\n\n---\n\n')
    await audience.openDeckText('nav-1000.md', markdown, '#500')
    await audience.expectSlide(500, 1000)
    const mounted = page.locator('[aria-roledescription="slide"]')
    await expect(mounted).toHaveCount(3)
    await audience.press('End')
    await audience.expectSlide(1000, 1000)
    await expect(mounted).toHaveCount(2)
    await expect(audience.currentSlide.getByRole('heading', { name: 'Heading 1000' })).toBeVisible()
  })

  test.describe('fitting the window', () => {
    test.beforeAll(() => {
      mkdirSync(shots, { recursive: true })
    })

    /** The slide's box on screen, expected to be the largest of its ratio that fits, centred. */
    async function expectFitted(audience: Audience, viewport: { width: number; height: number }, ratio: number) {
      const box = await audience.currentSlide.boundingBox()
      if (!box) throw new Error('Unexpected missing slide box')
      const width = Math.min(viewport.width, viewport.height * ratio)
      const height = width / ratio
      expect(box.width).toBeCloseTo(width, 0)
      expect(box.height).toBeCloseTo(height, 0)
      expect(box.x).toBeCloseTo((viewport.width - width) / 2, 0)
      expect(box.y).toBeCloseTo((viewport.height - height) / 2, 0)
    }

    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      test(`scales the slide to ${viewport.width}×${viewport.height}, centred`, async ({ audience, page }) => {
        await page.setViewportSize(viewport)
        await audience.open('#3')
        await expectFitted(audience, viewport, 16 / 9)
        await page.screenshot({ path: `${shots}/audience-${viewport.width}x${viewport.height}.png` })
      })
    }

    test('letterboxes a 4:3 deck at the sides and follows window resizes', async ({ audience, page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 })
      await audience.openDeck('/e2e/decks/nav-4x3.md')
      await expectFitted(audience, { width: 1920, height: 1080 }, 4 / 3)
      await page.screenshot({ path: `${shots}/audience-4x3-1920x1080.png` })
      await page.setViewportSize({ width: 800, height: 900 })
      await expect.poll(async () => (await audience.currentSlide.boundingBox())?.width).toBeCloseTo(800, 0)
      await expectFitted(audience, { width: 800, height: 900 }, 4 / 3)
    })

    test('shows the overview grid', async ({ audience, overview, page }) => {
      await page.setViewportSize({ width: 1366, height: 768 })
      await audience.open('#3')
      await overview.open()
      await expect(overview.current).toBeFocused()
      await expect(overview.dialog.locator('[data-rendered]').first()).toBeAttached()
      await page.screenshot({ path: `${shots}/overview-1366x768.png` })
    })
  })
})
