import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openPair } from './presenter-fixtures.ts'
import { expectColour, pixelColours, rgb } from './slide-geometry.ts'

// Behaviour around the Awesome Marp themes: navbar and contents links, the contents
// marking the section being presented, the theme picker, the overflow guard and
// too-wide code blocks. Decks: the seed deck (am_blue), e2e/decks/awesome-toc.md
// (contents on slides 1 and 4) and e2e/decks/awesome-fit.md (slides 2–3 overflow,
// 4 has a too-wide code block, 5 a narrow one).

const tocDeck = '/e2e/decks/awesome-toc.md'
const fitDeck = '/e2e/decks/awesome-fit.md'

/** Elements of a slide's content (header and footer aside) whose boxes leave the slide's box, as "TAG: text". */
async function outsideSlide(slide: Locator): Promise<string[]> {
  return slide
    .locator('[data-lectern-slide] > section')
    .first()
    .evaluate((section) => {
      const box = section.getBoundingClientRect()
      const out: string[] = []
      for (const element of section.querySelectorAll(
        ':scope > :not(header, footer), :scope > :not(header, footer) *',
      )) {
        const rect = element.getBoundingClientRect()
        if (rect.width === 0 && rect.height === 0) continue
        if (
          rect.left < box.left - 1 ||
          rect.top < box.top - 1 ||
          rect.right > box.right + 1 ||
          rect.bottom > box.bottom + 1
        ) {
          out.push(`${element.tagName}: ${element.textContent?.slice(0, 30)}`)
        }
      }
      return out
    })
}

/** The seed cover's band colour as `#rrggbb`: 6 px in from the left edge, halfway down the title (the band, not the text). */
async function coverBandColour(page: Page, slide: Locator): Promise<string> {
  const section = slide.locator('section').first()
  const y = await section.evaluate((element) => {
    const frame = element.getBoundingClientRect()
    const title = element.querySelector('h1')!.getBoundingClientRect()
    return ((title.top + title.height / 2 - frame.top) * (element as HTMLElement).offsetWidth) / frame.width
  })
  const [colour] = await pixelColours(page, [[6, y]], section)
  return `#${colour!.map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

/**
 * How large a slide's code text is drawn against its font size: 1em measured
 * on screen (in slide pixels) over the font size the theme gives it.
 */
function textScale(frame: Element): number {
  const section = frame.querySelector('section')!
  const scale = section.getBoundingClientRect().width / section.offsetWidth
  const code = frame.querySelector('pre code')!
  const probe = document.createElement('span')
  probe.style.cssText = 'display: inline-block; width: 0; height: 1em'
  code.append(probe)
  const drawn = probe.getBoundingClientRect().height / scale
  probe.remove()
  return drawn / Number.parseFloat(getComputedStyle(code).fontSize)
}

test.describe('Awesome Marp decks while presenting', () => {
  test('a navbar item in the header goes to its slide', async ({ audience }) => {
    await audience.open('#3')
    const navbar = audience.currentSlide.locator('header')
    await navbar.getByRole('link', { name: '研究方法', exact: true }).click()
    await audience.expectSlide(7, 12)
    await expect(audience.currentSlide.getByRole('heading', { name: '📊 研究方法' })).toBeVisible()
    await audience.currentSlide.locator('header').getByRole('link', { name: '创新点', exact: true }).click()
    await audience.expectSlide(10, 12)
  })

  test('a contents item (a heading-text link) lands on its section', async ({ audience, page }) => {
    await audience.open('#2')
    // The theme marks links with an arrow, which may be part of their names.
    await audience.currentSlide.getByRole('link', { name: /^研究结论/ }).click()
    await audience.expectSlide(9, 12)
    await expect(audience.currentSlide.getByRole('heading', { name: '🚩 研究结论' })).toBeVisible()
    await expect(page).toHaveURL(/#9$/)
  })

  test('the overview marks the section being presented in the contents', async ({ audience, overview, page }) => {
    await audience.open('#10')
    await overview.open()
    const contents = overview.thumbnail(2)
    const marked = contents.locator('li[data-lectern-current]')
    await expect(marked).toHaveCount(1)
    await expect(marked).toHaveText('创新点')
    // Drawn by the app, visibly: an outline the other items do not have.
    await expect(marked).toHaveCSS('outline-style', 'solid')
    await expect(contents.locator('li', { hasText: '引言' })).toHaveCSS('outline-style', 'none')
    await contents.screenshot({ path: test.info().outputPath('overview-contents.png') })

    await overview.closeButton.click()
    await page.evaluate(() => {
      location.hash = '#4'
    })
    await audience.expectSlide(4, 12)
    await overview.open()
    await expect(overview.thumbnail(2).locator('li[data-lectern-current]')).toHaveText('引言')
  })

  test('before the first section the contents mark nothing', async ({ audience, overview }) => {
    await audience.open('#2')
    await overview.open()
    await expect(overview.thumbnail(2).locator('li')).toHaveCount(6)
    await expect(overview.thumbnail(2).locator('li[data-lectern-current]')).toHaveCount(0)
  })

  test('the presenter view marks the section being presented in the contents', async ({ context }) => {
    const { presenter } = await openPair(context, `deck=${tocDeck}`, '#4')
    await presenter.expectSlide(4, 5)
    const marked = presenter.current.locator('li[data-lectern-current]')
    await expect(marked).toHaveCount(1)
    await expect(marked).toHaveText('Method')
    await expect(marked).toHaveCSS('outline-style', 'solid')
    await presenter.page.screenshot({ path: test.info().outputPath('presenter-view-contents.png') })
    // The next-step preview marks it too: from slide 3, the next slide is the contents.
    await presenter.page.keyboard.press('ArrowLeft')
    await presenter.expectSlide(3, 5)
    await expect(presenter.next.locator('li[data-lectern-current]')).toHaveText('Method')
  })

  test('the theme picker shows the deck in another theme, remembered per deck', async ({ audience, page }) => {
    await audience.open('#1')
    const picker = page.getByRole('combobox', { name: 'Theme' })
    await expect(picker).toHaveValue('')
    const before = await coverBandColour(page, audience.currentSlide)
    expect(before).not.toBe('#a7535a')

    await picker.selectOption('am_red')
    await expect(page.locator('.lectern-deck')).toHaveAttribute('data-theme', 'am_red')
    await expect.poll(() => coverBandColour(page, audience.currentSlide)).not.toBe(before)
    expectColour(rgb(await coverBandColour(page, audience.currentSlide)), '#a7535a', 'cover band', 4)

    await page.reload()
    await expect(audience.currentSlide).toBeVisible()
    await expect(picker).toHaveValue('am_red')
    await expect(page.locator('.lectern-deck')).toHaveAttribute('data-theme', 'am_red')
    expectColour(rgb(await coverBandColour(page, audience.currentSlide)), '#a7535a', 'cover band', 4)

    // Another deck keeps its own theme.
    await audience.openDeck(tocDeck)
    await expect(picker).toHaveValue('')
    await expect(page.locator('.lectern-deck')).toHaveAttribute('data-theme', 'am_blue')

    // And the seed deck is still red.
    await audience.open('#1')
    await expect(picker).toHaveValue('am_red')
  })

  test('the presenter window and the print view follow the chosen theme', async ({ context }) => {
    const { audience, presenter } = await openPair(context, '', '#1')
    await audience.getByRole('combobox', { name: 'Theme' }).selectOption('am_red')
    await expect(presenter.page.locator('.lectern-pv-current [data-lectern-deck]')).toHaveAttribute(
      'data-theme',
      'am_red',
    )
    expectColour(rgb(await coverBandColour(presenter.page, presenter.current)), '#a7535a', 'cover band', 4)

    await audience.getByRole('button', { name: 'Print / PDF' }).click()
    await expect(audience.locator('[data-lectern-print] [data-lectern-deck]')).toHaveAttribute('data-theme', 'am_red')
  })

  test('the theme picker is a labelled select in Chinese too', async ({ audience, page }) => {
    await audience.open()
    await audience.languageSelect.selectOption('zh-CN')
    await expect(page.getByRole('combobox', { name: '主题' })).toBeVisible()
    await expect(
      page.getByRole('combobox', { name: '主题' }).getByRole('option', { name: '幻灯片自带（am_blue）' }),
    ).toHaveCount(1)
  })

  test('the overflow guard fits overflowing slides, and can be switched off', async ({ audience, page }) => {
    const guard = page.getByRole('button', { name: 'Shrink overflowing slides to fit' })
    for (const n of [2, 3]) {
      await audience.openDeck(fitDeck, `#${n}`)
      await expect(guard).toHaveAttribute('aria-pressed', 'true')
      await expect.poll(() => outsideSlide(audience.currentSlide), { message: `slide ${n} fitted` }).toEqual([])
      const header = await audience.currentSlide.locator('header').boundingBox()
      const footer = await audience.currentSlide.locator('footer').boundingBox()

      await guard.click()
      await expect(guard).toHaveAttribute('aria-pressed', 'false')
      await expect
        .poll(async () => (await outsideSlide(audience.currentSlide)).length, { message: `slide ${n} overflows` })
        .toBeGreaterThan(0)
      // Header and footer keep their places either way.
      expect(await audience.currentSlide.locator('header').boundingBox()).toEqual(header)
      expect(await audience.currentSlide.locator('footer').boundingBox()).toEqual(footer)
      await guard.click()
    }
    await audience.currentSlide.screenshot({ path: test.info().outputPath('shrunk-slide.png') })
  })

  test('the overflow guard setting is remembered, and ?fit=0 turns it off', async ({ audience, page }) => {
    const guard = page.getByRole('button', { name: 'Shrink overflowing slides to fit' })
    await audience.openDeck(fitDeck, '#2')
    await guard.click()
    await page.reload()
    await expect(audience.currentSlide).toBeVisible()
    await expect(guard).toHaveAttribute('aria-pressed', 'false')
    await expect.poll(async () => (await outsideSlide(audience.currentSlide)).length).toBeGreaterThan(0)
    await guard.click()

    await page.goto(`/?deck=${fitDeck}&fit=0#2`)
    await expect(guard).toHaveAttribute('aria-pressed', 'false')
    await expect.poll(async () => (await outsideSlide(audience.currentSlide)).length).toBeGreaterThan(0)
  })

  test('the overview and the presenter view mark slides that were shrunk', async ({
    audience,
    overview,
    context,
    page,
  }) => {
    await audience.openDeck(fitDeck, '#1')
    await overview.open()
    await expect(overview.thumbnail(2).getByText(/^Shrunk to \d+ %$/)).toBeVisible()
    await expect(overview.thumbnail(3).getByText(/^Shrunk to \d+ %$/)).toBeVisible()
    await expect(overview.thumbnail(1).getByText(/Shrunk/)).toHaveCount(0)
    await expect(overview.thumbnail(5).getByText(/Shrunk/)).toHaveCount(0)
    await overview.dialog.screenshot({ path: test.info().outputPath('overview-shrunk.png') })
    await page.close()

    const { presenter: view } = await openPair(context, `deck=${fitDeck}`, '#2')
    await view.expectSlide(2, 5)
    await expect(view.page.getByText(/^Shrunk to \d+ %$/)).toBeVisible()
    await view.page.screenshot({ path: test.info().outputPath('presenter-view-shrunk.png') })
    await view.page.keyboard.press('Home')
    await view.expectSlide(1, 5)
    await expect(view.page.getByText(/^Shrunk to/)).toHaveCount(0)
  })

  test('the print preflight lists shrunk slides as shrunk, not as overflowing', async ({ audience, page }) => {
    await audience.openDeck(fitDeck, '#1')
    await page.getByRole('button', { name: 'Print / PDF' }).click()
    const preflight = page.getByRole('dialog', { name: 'Print / PDF' }).getByRole('region', { name: 'Preflight' })
    await expect(preflight.getByRole('listitem').filter({ hasText: /^Slide 2: shrunk to \d+ %$/ })).toBeVisible()
    await expect(preflight.getByRole('listitem').filter({ hasText: /^Slide 3: shrunk to \d+ %$/ })).toBeVisible()
    await expect(preflight.getByText(/overflows/)).toHaveCount(0)
    // The printed pages are the fitted slides.
    const printed = page.locator('[data-lectern-print-page][data-slide-index="1"]')
    expect(await outsideSlide(printed)).toEqual([])
  })

  test('a too-wide code block is shrunk to its width; a narrow one is not enlarged', async ({ audience }) => {
    await audience.openDeck(fitDeck, '#4')
    const wide = await audience.currentSlide.evaluate((frame) => {
      const section = frame.querySelector('section')!.getBoundingClientRect()
      const pre = frame.querySelector('pre')!
      const box = pre.getBoundingClientRect()
      const scale = box.width / pre.offsetWidth
      return {
        inside: box.left >= section.left && box.right <= section.right + 1,
        hidden: pre.scrollWidth - pre.clientWidth,
        scale,
      }
    })
    expect(wide.inside).toBe(true)
    expect(wide.hidden).toBeLessThanOrEqual(1)
    expect(await audience.currentSlide.evaluate(textScale)).toBeLessThan(0.9)

    await audience.press('ArrowRight')
    await audience.expectSlide(5, 5)
    const narrow = await audience.currentSlide.evaluate(textScale)
    expect(narrow).toBeCloseTo(1, 2)
  })
})
