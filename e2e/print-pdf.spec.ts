import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { darkPixels, notesDeck, pixelColour, openPrint, pdfInfo, pdfOf, pdfPages, routeFixtures, squash } from './print-fixtures.ts'

const seedSlides = 12

test.describe('print and PDF', () => {
  test('the seed deck prints one slide a page, at the slide size, with each heading on its page', async ({ page, baseURL }) => {
    // Offline, as on CI: the deck's global background image (marp.app) fails, and the theme's band shows.
    await page.route((url) => url.origin !== new URL(baseURL!).origin, (route) => route.abort())
    await openPrint(page, '/?print=1', seedSlides)
    await expect(page.locator('[data-lectern-print-page] section').first()).not.toHaveAttribute('style', /(^|; )background-image: url/)
    const headings = await page
      .locator('[data-lectern-print-page]')
      .evaluateAll((pages) => pages.map((box) => box.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? ''))
    const pdf = await pdfOf(page)
    const info = pdfInfo(pdf)
    expect(info.pages).toBe(seedSlides)
    expect([info.width, info.height]).toEqual([960, 540]) // 1280×720 px
    const texts = pdfPages(pdf)
    expect(texts).toHaveLength(seedSlides)
    headings.forEach((heading, index) => {
      if (squash(heading)) expect(squash(texts[index]!), `slide ${index + 1}`).toContain(squash(heading))
    })
    const { dark, total } = darkPixels(pdf, 1)
    expect(dark).toBeGreaterThan(total * 0.01)
    // The cover band (top 60 % of slide 1) has am_blue's cover colour #2c9cb1, even offline.
    const band = pixelColour(pdf, 1, 0.03, 0.1)
    const wanted = [0x2c, 0x9c, 0xb1]
    band.forEach((value, index) => expect(Math.abs(value - wanted[index]!), `band rgb(${band.join(', ')})`).toBeLessThanOrEqual(4))
    // No app chrome in print: the controls' names are not in the text.
    expect(texts.join('')).not.toContain('English')
  })

  test('print media alone (no URL flag) and the Print / PDF button give the same pages', async ({ page }) => {
    await page.goto('/')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[data-lectern-print] [data-ready] [data-lectern-print-page]')).toHaveCount(seedSlides)
    const emulated = pdfInfo(await pdfOf(page)).pages
    expect(emulated).toBe(seedSlides)

    await page.emulateMedia({ media: 'screen' })
    await page.goto('/')
    await page.evaluate(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.getByRole('button', { name: 'Print / PDF' }).click()
    const dialog = page.getByRole('dialog', { name: 'Print / PDF' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('region', { name: 'Preflight' })).not.toContainText('Checking')
    await dialog.getByRole('button', { name: 'Print', exact: true }).click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.emulateMedia({ media: 'print' })
    expect(pdfInfo(await pdfOf(page)).pages).toBe(emulated)
  })

  test('Ctrl+P: beforeprint mounts every page at once, before the browser lays out the print', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('status').filter({ hasText: /^1 \/ 12$/ })).toBeVisible()
    await expect(page.locator('[data-lectern-print]')).toHaveCount(0) // nothing extra until printing
    const mounted = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'))
      return document.querySelectorAll('[data-lectern-print] [data-lectern-print-page]').length
    })
    expect(mounted).toBe(seedSlides)
  })

  test('a 4:3 deck prints at 720×540 pt; handouts carry the notes', async ({ page }) => {
    await routeFixtures(page, { 'notes.md': notesDeck })
    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1', 3)
    let info = pdfInfo(await pdfOf(page))
    expect([info.pages, info.width, info.height]).toEqual([3, 720, 540])

    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1&handout=slides-notes', 3)
    const both = await pdfOf(page)
    info = pdfInfo(both)
    expect([info.pages, info.width, info.height]).toEqual([3, 720, 1080])
    const pages = pdfPages(both)
    expect(pages[0]).toContain('First slide')
    expect(pages[0]).toContain('Plain note for the first slide')
    expect(pages[1]).toContain('Second note, also plain')

    await openPrint(page, '/?deck=/__print-fixture/notes.md&print=1&handout=notes', 3)
    const notes = pdfPages(await pdfOf(page))
    expect(notes[0]).toContain('Plain note for the first slide')
    expect(notes[0]).not.toContain('two') // slide content is not printed, only its notes
  })

  test('the seed handout has the rendered notes', async ({ page }) => {
    await openPrint(page, '/?print=1&handout=slides-notes', seedSlides)
    const pages = pdfPages(await pdfOf(page))
    expect(pages[0]).toContain('副标题')
    expect(pages[0]).not.toContain('######') // Markdown rendered, not printed as written
  })

  test('preflight lists overflowing slides and broken images, with links to them', async ({ page }) => {
    await routeFixtures(page, { 'notes.md': notesDeck })
    await page.goto('/?deck=/__print-fixture/notes.md')
    await expect(page.getByRole('status').filter({ hasText: /^1 \/ 3$/ })).toBeVisible()
    await page.getByRole('button', { name: 'Print / PDF' }).click()
    const preflight = page.getByRole('dialog', { name: 'Print / PDF' }).getByRole('region', { name: 'Preflight' })
    await expect(preflight.getByRole('listitem').filter({ hasText: 'Slide 2: content overflows' })).toBeVisible()
    await expect(preflight.getByRole('listitem').filter({ hasText: /Slide 3: image did not load/ })).toBeVisible()
    await expect(preflight.getByRole('listitem').filter({ hasText: 'Slide 1' })).toHaveCount(0)
    await preflight.getByRole('link', { name: 'Slide 2' }).click()
    await expect(page.getByRole('dialog', { name: 'Print / PDF' })).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: /^2 \/ 3$/ })).toBeVisible()
  })

  const awesome = join(process.cwd(), '..', 'shared', 'decks', 'awesome-marp-blue.md')
  test('npm run pdf makes the Awesome Marp deck into 60 pages with its metadata', async () => {
    test.skip(!existsSync(awesome), 'needs ../shared/decks')
    test.setTimeout(240_000)
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    try {
      const output = join(dir, 'awesome.pdf')
      const run = spawnSync('npx', ['tsx', 'scripts/pdf.ts', awesome, '-o', output], { encoding: 'utf8', timeout: 230_000 })
      expect(run.status, run.stderr).toBe(0)
      const info = pdfInfo(output)
      expect(info.pages).toBe(60)
      expect([info.width, info.height]).toEqual([960, 540])
      expect(info.fields.Title).toBeTruthy()
      expect(info.fields.Tagged).toBe('yes')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
