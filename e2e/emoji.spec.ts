import { mkdirSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openPair } from './presenter-fixtures.ts'
import { openPrint, pdfOf, pdfPages, pixelColour, squash } from './print-fixtures.ts'

const deck = '/e2e/decks/emoji.md'
const outputDir = 'test-results/emoji'

/** An emoji's picture as a user's browser has it: loaded, its size and alignment against the text's. */
function picture(image: Locator) {
  return image.evaluate((element: HTMLImageElement) => {
    const style = getComputedStyle(element)
    return {
      src: element.getAttribute('src') ?? '',
      loaded: element.complete && element.naturalWidth > 0,
      width: element.offsetWidth,
      height: element.offsetHeight,
      fontSize: parseFloat(style.fontSize),
      verticalAlign: parseFloat(style.verticalAlign),
    }
  })
}

/** Expect a loaded Twemoji picture one em tall, set just below the baseline as Marp sets it. */
async function expectTextSized(image: Locator, file: string) {
  await expect(image).toBeVisible()
  await expect.poll(async () => (await picture(image)).loaded).toBe(true)
  const { src, width, height, fontSize, verticalAlign } = await picture(image)
  expect(src).toBe(`twemoji/${file}.svg`)
  expect(Math.abs(height - fontSize), `height ${height} px at font size ${fontSize} px`).toBeLessThanOrEqual(1)
  expect(width).toBe(height)
  expect(Math.abs(verticalAlign + 0.1 * fontSize)).toBeLessThanOrEqual(0.5)
}

test.describe('emoji as Twemoji pictures', () => {
  test.beforeEach(() => mkdirSync(outputDir, { recursive: true }))

  test('in slides: heading, text, sequences, code, coloured code and header are pictures with the emoji as alt text', async ({
    audience,
  }) => {
    await audience.openDeck(deck)
    const slide = audience.currentSlide
    await expectTextSized(slide.locator('h1 img[alt="😀"]'), '1f600')
    await expectTextSized(slide.locator('p img[alt="👍🏽"]'), '1f44d-1f3fd')
    await expectTextSized(slide.locator('img[alt="👨‍👩‍👧"]'), '1f468-200d-1f469-200d-1f467')
    await expectTextSized(slide.locator('img[alt="🇯🇵"]'), '1f1ef-1f1f5')
    await expectTextSized(slide.locator('img[alt="1️⃣"]'), '31-20e3')
    await expectTextSized(slide.locator('code img[alt="🔬"]'), '1f52c')
    await expectTextSized(slide.locator('header img[alt="🚩"]'), '1f6a9')
    await expectTextSized(slide.locator('pre code .hljs-string img[alt="🚀"]'), '1f680')
    await expect(slide.locator('h1 img')).toHaveClass('emoji')

    // Text forms stay characters; an emoji newer than the bundled set shows as its character, not a broken picture.
    await expect(slide.getByText('Text forms stay text: © ⚜ ❤︎')).toBeVisible()
    await expect(slide.getByText('Newer than the bundled Twemoji: 🫪')).toBeVisible()
    await expect(slide.locator('img[alt="🫪"], [data-lectern-broken-image]')).toHaveCount(0)
    await slide.locator('[data-lectern-slide]').screenshot({ path: `${outputDir}/slide-1.png` })

    await test.step('thumbnails in the overview draw them too', async () => {
      await audience.overviewButton.click()
      const thumbnail = audience.page
        .getByRole('dialog', { name: 'Overview' })
        .getByRole('button', { name: /^Slide 2/ })
      await expect.poll(async () => (await picture(thumbnail.locator('h1 img[alt="🚀"]'))).loaded).toBe(true)
    })
  })

  test('in the presenter view: the notes and the next slide', async ({ context }) => {
    const { presenter } = await openPair(context, `deck=${deck}`)
    await expectTextSized(presenter.notes.locator('img[alt="💡"]'), '1f4a1')
    await expect(presenter.notes).toContainText('A note with an idea')
    await expect.poll(async () => (await picture(presenter.next.locator('h1 img[alt="🚀"]'))).loaded).toBe(true)
    await presenter.page.screenshot({ path: `${outputDir}/presenter.png` })
  })

  test('in print and the PDF: the pictures are on the page, the text around them too', async ({ page }) => {
    await openPrint(page, `/?deck=${deck}&print=1`, 2)
    const pageBox = page.locator('[data-lectern-print-page]').first()
    const image = pageBox.locator('h1 img[alt="😀"]')
    await expect.poll(async () => (await picture(image)).loaded).toBe(true)
    // Where the smiley's forehead is on the page (Twemoji paints it #FFCC4D), as fractions of the page.
    const spot = await image.evaluate((element) => {
      const box = element.closest('[data-lectern-print-page]')!.getBoundingClientRect()
      const rect = element.getBoundingClientRect()
      return {
        x: (rect.left + rect.width / 2 - box.left) / box.width,
        y: (rect.top + rect.height * 0.2 - box.top) / box.height,
      }
    })
    const pdf = await pdfOf(page)
    const texts = pdfPages(pdf)
    expect(texts).toHaveLength(2)
    expect(squash(texts[0]!)).toContain(squash('Emoji in a heading'))
    const colour = pixelColour(pdf, 1, spot.x, spot.y, 150)
    const twemojiYellow = [0xff, 0xcc, 0x4d]
    colour.forEach((value, index) =>
      expect(Math.abs(value - twemojiYellow[index]!), `rgb(${colour.join(', ')})`).toBeLessThanOrEqual(6),
    )
  })
})
