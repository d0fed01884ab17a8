/**
 * The Awesome Marp list styles and callouts on the tour deck, measured as
 * drawn: numbered badges, bullets, callout title bars.
 */
import { expect, test } from './fixtures.ts'
import { boxes, currentSection, expectColour, generatedTexts, parseCssColour, pixelColours } from './slide-geometry.ts'
import { openTourSlide, palette, slide } from './awesome-fixtures.ts'

test.describe('Awesome list badges', () => {
  const numbered: { name: keyof typeof slide; classes: string; columns: 1 | 2; size: number; round: boolean }[] = [
    { name: 'cols2_ol_sq', classes: 'cols2_ol_sq', columns: 2, size: 30, round: false },
    { name: 'cols2_ol_ci', classes: 'cols2_ol_ci', columns: 2, size: 30, round: true },
    { name: 'tocCombo', classes: 'cols2_ol_ci fglass toc_a', columns: 2, size: 30, round: true },
    { name: 'col1_ol_sq', classes: 'col1_ol_sq', columns: 1, size: 27, round: false },
    { name: 'col1_ol_ci', classes: 'col1_ol_ci', columns: 1, size: 27, round: true },
    { name: 'col1_ul_sq', classes: 'col1_ul_sq', columns: 1, size: 27, round: false },
    { name: 'col1_ul_ci', classes: 'col1_ul_ci', columns: 1, size: 27, round: true },
  ]
  for (const { name, classes, columns, size, round } of numbered) {
    test(`${classes}: items numbered 1, 2, 3 … ${columns === 2 ? 'row-major in two columns' : 'in one column'}, ${size} px ${round ? 'circles' : 'squares'}`, async ({
      page,
    }) => {
      await openTourSlide(page, slide[name], classes)
      const items = await boxes(page, 'ul > li')
      expect(items.length).toBeGreaterThanOrEqual(4)
      expect(await generatedTexts(page, 'ul > li')).toEqual(items.map((_, index) => String(index + 1)))
      if (columns === 2) {
        // Row-major: 1 | 2, then 3 | 4 below (the spec allows item 1 ≈ 6 px higher).
        expect(items[1]!.x, 'item 2 right of item 1').toBeGreaterThan(items[0]!.right - 1)
        expect(Math.abs(items[1]!.y - items[0]!.y), 'items 1 and 2 on one row').toBeLessThanOrEqual(10)
        expect(Math.abs(items[2]!.x - items[0]!.x), 'item 3 under item 1').toBeLessThanOrEqual(2)
        expect(items[2]!.y).toBeGreaterThan(items[0]!.bottom - 1)
      } else {
        for (const item of items.slice(1)) {
          expect(Math.abs(item.x - items[0]!.x), 'one column').toBeLessThanOrEqual(2)
        }
        items.slice(1).forEach((item, index) => expect(item.y).toBeGreaterThan(items[index]!.y))
      }
      const badge = await currentSection(page)
        .locator('ul > li')
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element, '::before')
          return {
            width: computed.width,
            height: computed.height,
            background: computed.backgroundColor,
            colour: computed.color,
            radius: computed.borderTopLeftRadius,
          }
        })
      expect(Number.parseFloat(badge.width), 'badge width').toBeCloseTo(size, 0)
      expect(Number.parseFloat(badge.height), 'badge height').toBeCloseTo(size, 0)
      expectColour(parseCssColour(badge.background), palette.am_blue.much, 'badge background')
      expectColour(parseCssColour(badge.colour), '#ffffff', 'badge digit')
      const radius = badge.radius.endsWith('%')
        ? (Number.parseFloat(badge.radius) / 100) * size
        : Number.parseFloat(badge.radius)
      if (round) expect(radius, 'circle').toBeGreaterThanOrEqual(size / 2 - 0.5)
      else expect(radius, 'square').toBeLessThanOrEqual(4)
    })
  }

  const bulleted: { name: keyof typeof slide; classes: string; round: boolean }[] = [
    { name: 'cols2_ul_sq', classes: 'cols2_ul_sq', round: false },
    { name: 'cols2_ul_ci', classes: 'cols2_ul_ci', round: true },
    { name: 'cols_ul_sq', classes: 'cols_ul_sq', round: false },
    { name: 'cols_ul_ci', classes: 'cols_ul_ci', round: true },
  ]
  for (const { name, classes, round } of bulleted) {
    test(`${classes}: two columns of 10 px ${round ? 'dots' : 'squares'}, no numbers`, async ({ page }) => {
      await openTourSlide(page, slide[name], classes)
      const items = await boxes(page, 'ul > li')
      expect(items[1]!.x, 'item 2 right of item 1').toBeGreaterThan(items[0]!.right - 1)
      expect(Math.abs(items[1]!.y - items[0]!.y), 'items 1 and 2 on one row').toBeLessThanOrEqual(10)
      for (const text of await generatedTexts(page, 'ul > li')) expect(text).not.toMatch(/^\d/)
      const marker = await currentSection(page)
        .locator('ul > li')
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element, '::before')
          return {
            width: computed.width,
            height: computed.height,
            background: computed.backgroundColor,
            radius: computed.borderTopLeftRadius,
          }
        })
      expect(Number.parseFloat(marker.width)).toBeCloseTo(10, 0)
      expect(Number.parseFloat(marker.height)).toBeCloseTo(10, 0)
      expectColour(parseCssColour(marker.background), palette.am_blue.much, 'marker colour')
      const radius = marker.radius.endsWith('%')
        ? Number.parseFloat(marker.radius) / 10
        : Number.parseFloat(marker.radius)
      if (round) expect(radius).toBeGreaterThanOrEqual(4.5)
      else expect(radius).toBeLessThanOrEqual(1)
    })
  }
})

test.describe('Awesome callouts', () => {
  const callouts: { name: keyof typeof slide; classes: string; bar: string }[] = [
    { name: 'bq-blue', classes: 'bq-blue', bar: '#81a1c1' },
    { name: 'bq-red', classes: 'bq-red', bar: '#bf616a' },
    { name: 'bq-green', classes: 'bq-green', bar: '#acce8d' },
    { name: 'bq-purple', classes: 'bq-purple', bar: '#b48ead' },
    { name: 'bq-black', classes: 'bq-black', bar: '#434c5e' },
    { name: 'cols-2 bq-purple', classes: 'cols-2 bq-purple', bar: '#b48ead' },
  ]
  for (const { name, classes, bar } of callouts) {
    test(`${classes}: title bar ${bar} with white text, body #e4eaf6`, async ({ page }) => {
      await openTourSlide(page, slide[name], classes)
      const quotes = currentSection(page).locator('blockquote')
      expect(await quotes.count()).toBeGreaterThan(0)
      for (const quote of await quotes.all()) {
        const title = quote.locator(':scope > p').first()
        const body = quote.locator(':scope > p').nth(1)
        const [titleBackground, titleColour, bodyBackground] = await Promise.all([
          title.evaluate((element) => getComputedStyle(element).backgroundColor),
          title.evaluate((element) => getComputedStyle(element).color),
          body.evaluate((element) => getComputedStyle(element).backgroundColor),
        ])
        expectColour(parseCssColour(titleBackground), bar, 'title bar')
        expectColour(parseCssColour(titleColour), '#ffffff', 'title text')
        expectColour(parseCssColour(bodyBackground), '#e4eaf6', 'body')
        // The bar is drawn as that colour, not only declared.
        const titleBox = await title.boundingBox()
        const frame = (await currentSection(page).boundingBox())!
        const scale = frame.width / 1280
        const [drawn] = await pixelColours(page, [
          [(titleBox!.x - frame.x) / scale + 3, (titleBox!.y - frame.y) / scale + 3],
        ])
        expectColour(drawn!, bar, 'title bar as drawn')
      }
    })
  }
})
