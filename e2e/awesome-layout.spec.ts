/**
 * The Awesome Marp page layouts on the tour deck, measured as drawn: column
 * and row panels and where titles sit, in slide pixels (1280 × 720). Expected
 * numbers come from the Awesome styles' description.
 */
import { expect, test } from './fixtures.ts'
import { box, currentSection, expectColour, parseCssColour, settle, textBox, tourUrl } from './slide-geometry.ts'
import { expectWithin, openTourSlide, palette, slide } from './awesome-fixtures.ts'

test.describe('Awesome layouts: column and row panels', () => {
  /** Spec 4.3 table: panel widths in px for each column layout. */
  const columns: { name: keyof typeof slide; classes: string; panels: string[]; widths: number[] }[] = [
    { name: 'cols-2', classes: 'cols-2', panels: ['.ldiv', '.rimg'], widths: [561.5, 561.5] },
    { name: 'cols-2-64', classes: 'cols-2-64', panels: ['.limg', '.rdiv'], widths: [674, 449] },
    { name: 'cols-2-73', classes: 'cols-2-73', panels: ['.ldiv', '.rimg'], widths: [786, 337] },
    { name: 'cols-2-46', classes: 'cols-2-46', panels: ['.ldiv', '.rimg'], widths: [449, 674] },
    { name: 'cols-2-37', classes: 'cols-2-37', panels: ['.ldiv', '.rimg'], widths: [337, 786] },
    { name: 'cols-3', classes: 'cols-3', panels: ['.ldiv', '.mdiv', '.rdiv'], widths: [358, 358, 358] },
    { name: 'cols-2-64 navbar', classes: 'cols-2-64 navbar', panels: ['.ldiv', '.rdiv'], widths: [674, 449] },
    { name: 'navbar cols-2', classes: 'navbar cols-2', panels: ['.ldiv', '.rdiv'], widths: [561.5, 561.5] },
    { name: 'cols-2 bq-purple', classes: 'cols-2 bq-purple', panels: ['.ldiv', '.rdiv'], widths: [561.5, 561.5] },
    { name: 'cols-2-64 fglass', classes: 'cols-2-64 fglass', panels: ['.ldiv', '.rimg'], widths: [674, 449] },
  ]
  for (const { name, classes, panels, widths } of columns) {
    test(`${name}: panels side by side, widths ${widths.join(' / ')} px ± 3 %`, async ({ page }) => {
      await openTourSlide(page, slide[name], classes)
      const measured = await Promise.all(panels.map((selector) => box(page, `:scope > ${selector}`)))
      const total = widths.reduce((sum, width) => sum + width, 0)
      const measuredTotal = measured.reduce((sum, panel) => sum + panel.width, 0)
      measured.forEach((panel, index) => {
        expectWithin(panel.width, widths[index]!, 3, `${panels[index]} width`)
        // The ratio alone, in case both columns are off by the same factor.
        expect(
          Math.abs(panel.width / measuredTotal - widths[index]! / total),
          `${panels[index]} share of the row`,
        ).toBeLessThanOrEqual(0.03)
        if (index > 0) {
          const before = measured[index - 1]!
          expect(panel.x, `${panels[index]} right of ${panels[index - 1]}`).toBeGreaterThanOrEqual(before.right - 1)
          // Spec: panels are pulled up by 2 % of their own width in the uneven splits (5 % in the even ones),
          // so a narrower panel starts lower by 2 % of the difference (cols-2-64: 146 vs 151).
          const pull = widths[0] === widths[1] ? 0.05 : 0.02
          const offset = pull * (widths[index - 1]! - widths[index]!)
          expect(Math.abs(panel.y - before.y - offset), `panel tops ${offset.toFixed(1)} px apart`).toBeLessThanOrEqual(
            2,
          )
        }
      })
      // The panels stay on the slide (spec: the grid bleeds at most 18.75 px into the padding).
      expect(measured[0]!.x).toBeGreaterThanOrEqual(0)
      expect(measured.at(-1)!.right).toBeLessThanOrEqual(1280)
    })
  }

  test('rows-2: two panels of equal height (253 px ± 3 %), stacked, full width', async ({ page }) => {
    await openTourSlide(page, slide['rows-2'], 'rows-2')
    const top = await box(page, ':scope > .tdiv')
    const bottom = await box(page, ':scope > .bimg')
    expectWithin(top.height, 253, 3, 'top panel height')
    expectWithin(bottom.height, 253, 3, 'bottom panel height')
    expect(bottom.y, 'bottom panel below the top one').toBeGreaterThanOrEqual(top.bottom - 1)
    expectWithin(top.width, 1123, 3, 'top panel width')
    expect(Math.abs(top.x - bottom.x)).toBeLessThanOrEqual(2)
    expect(Math.abs(top.width - bottom.width)).toBeLessThanOrEqual(2)
  })

  test('pin-3: the top panel spans both columns, two equal panels side by side below', async ({ page }) => {
    await openTourSlide(page, slide['pin-3'], 'pin-3')
    const top = await box(page, ':scope > .timg')
    const left = await box(page, ':scope > .ldiv')
    const right = await box(page, ':scope > .rimg')
    // Spec: top 66–1214 × 143–379; bottom-left 66–628 × 404–674; bottom-right 653–1215 × 404–674.
    expectWithin(top.width, 1148, 3, 'top panel width')
    expectWithin(top.height, 236, 3, 'top panel height')
    expectWithin(left.width, 562, 3, 'bottom-left width')
    expectWithin(right.width, 562, 3, 'bottom-right width')
    expectWithin(left.height, 270, 3, 'bottom-left height')
    expect(Math.abs(left.x - top.x), 'left panel under the top panel’s left edge').toBeLessThanOrEqual(3)
    expect(Math.abs(right.right - top.right), 'right panel under the top panel’s right edge').toBeLessThanOrEqual(3)
    expect(right.x).toBeGreaterThanOrEqual(left.right - 1)
    expect(Math.abs(left.y - right.y)).toBeLessThanOrEqual(3)
    expect(left.y, 'bottom panels below the top one').toBeGreaterThanOrEqual(top.bottom - 1)
  })
})

test.describe('Awesome titles', () => {
  test('cover_a: the title’s top at 28 % (≈ 202 px), centred on the slide', async ({ page }) => {
    await openTourSlide(page, slide.cover_a, 'cover_a')
    const title = await textBox(page, ':scope > h1')
    expect(Math.abs(title.y - 202), `title text top ${title.y.toFixed(0)}`).toBeLessThanOrEqual(12)
    expect(Math.abs((title.x + title.right) / 2 - 640), 'centred').toBeLessThanOrEqual(6)
  })

  test('trans: a white 50 px title centred on the page', async ({ page }) => {
    await openTourSlide(page, slide.trans, 'trans')
    const title = await textBox(page, ':scope > h2')
    const style = await currentSection(page)
      .locator(':scope > h2')
      .evaluate((element) => ({ size: getComputedStyle(element).fontSize, colour: getComputedStyle(element).color }))
    expect(Number.parseFloat(style.size)).toBeCloseTo(50, 0)
    expectColour(parseCssColour(style.colour), '#ffffff', 'title colour')
    expect(Math.abs((title.x + title.right) / 2 - 640), 'centred across').toBeLessThanOrEqual(6)
    expect(Math.abs((title.y + title.bottom) / 2 - 360), 'centred down').toBeLessThanOrEqual(12)
  })

  test('fixedtitleA: the title sits at the top of the content box (y ≈ 79)', async ({ page }) => {
    await openTourSlide(page, slide.fixedtitleA, 'fixedtitleA')
    const title = await box(page, ':scope > h2')
    expect(Math.abs(title.y - 79), `title top ${title.y.toFixed(0)}`).toBeLessThanOrEqual(4)
    expect(Math.abs(title.x - 79)).toBeLessThanOrEqual(2)
  })

  test('fixedtitleB: the title is a chip at (79, 79), white 31.25 px on the accent; the body starts at y ≈ 172', async ({
    page,
  }) => {
    await openTourSlide(page, slide.fixedtitleB, 'fixedtitleB')
    const chip = await box(page, ':scope > h2')
    expect(Math.abs(chip.x - 79), `chip x ${chip.x.toFixed(0)}`).toBeLessThanOrEqual(3)
    expect(Math.abs(chip.y - 79), `chip y ${chip.y.toFixed(0)}`).toBeLessThanOrEqual(3)
    expect(chip.width, 'shrink-to-fit, not full width').toBeLessThan(900)
    const style = await currentSection(page)
      .locator(':scope > h2')
      .evaluate((element) => {
        const computed = getComputedStyle(element)
        return { size: computed.fontSize, colour: computed.color, background: computed.backgroundColor }
      })
    expect(Number.parseFloat(style.size)).toBeCloseTo(31.25, 0)
    expectColour(parseCssColour(style.colour), '#ffffff', 'chip text')
    expectColour(parseCssColour(style.background), palette.am_blue.much, 'chip background')
    const body = await box(page, ':scope > div.div')
    expect(Math.abs(body.y - 172), `body top ${body.y.toFixed(0)}`).toBeLessThanOrEqual(8)
  })

  test('navbar fixedtitleB: the chip sits below the bar', async ({ page }) => {
    await openTourSlide(page, slide['navbar fixedtitleB'], 'navbar fixedtitleB')
    const bar = await box(page, ':scope > header')
    const chip = await box(page, ':scope > h2')
    expect(chip.y, 'chip below the navbar').toBeGreaterThanOrEqual(bar.bottom - 1)
    expect(chip.y - bar.bottom, 'just below').toBeLessThanOrEqual(40)
  })
})

test.describe('the tour’s own images', () => {
  test('relative images load from beside the deck, in the body and in the header', async ({ page }) => {
    for (const [n, classes] of [
      [slide['cols-2'], 'cols-2'],
      [slide.cover_c, 'cover_c'],
    ] as const) {
      await page.goto(`/?deck=${tourUrl}#${n}`)
      await settle(page, n)
      await expect(currentSection(page)).toHaveClass(classes)
      const images = await currentSection(page)
        .locator('img')
        .evaluateAll((found) =>
          found.map((image) => ({
            src: (image as HTMLImageElement).src,
            width: (image as HTMLImageElement).naturalWidth,
          })),
        )
      expect(images.length, `slide ${n} has images`).toBeGreaterThan(0)
      for (const image of images) {
        expect(new URL(image.src).pathname).toMatch(/^\/decks\/images\/[\w-]+\.svg$/)
        expect(image.width, `${image.src} loaded`).toBeGreaterThan(0)
      }
    }
  })
})
