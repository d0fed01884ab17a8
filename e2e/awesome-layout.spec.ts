/**
 * The Awesome Marp classes on the tour deck, measured as drawn: panel boxes,
 * band colours, the navbar, the CONTENTS watermark, list badges and callout
 * bars. Every expected number is from shared/spec/awesome-styles.md (sections
 * 4.x and 7), in slide pixels (1280 × 720).
 */
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import {
  box,
  boxes,
  currentSection,
  dominantColour,
  expectColour,
  generatedTexts,
  parseCssColour,
  pixelColours,
  settle,
  textBox,
  tourUrl,
} from './slide-geometry.ts'

/** Slide numbers of the tour (1-based), checked against the slide's classes when opened. */
const slide = {
  cover_a: 1,
  tocCombo: 2,
  trans: 4,
  cover_c: 6,
  cover_d: 7,
  toc_a: 10,
  toc_b: 11,
  'cols-2': 13,
  'cols-2-64': 14,
  'cols-2-73': 15,
  'cols-2-46': 16,
  'cols-2-37': 17,
  'cols-3': 18,
  'rows-2': 19,
  'pin-3': 20,
  cols2_ol_sq: 22,
  cols2_ol_ci: 23,
  cols2_ul_sq: 24,
  cols2_ul_ci: 25,
  col1_ol_sq: 26,
  col1_ol_ci: 27,
  col1_ul_sq: 28,
  col1_ul_ci: 29,
  cols_ul_sq: 30,
  cols_ul_ci: 31,
  'bq-black': 34,
  'bq-purple': 35,
  'bq-red': 36,
  'bq-blue': 37,
  'bq-green': 38,
  navbar: 50,
  fixedtitleA: 51,
  fixedtitleB: 52,
  'navbar fixedtitleB': 53,
  'cols-2-64 navbar': 54,
  'navbar cols-2': 55,
  'cols-2 bq-purple': 57,
  'cols-2-64 fglass': 58,
  lastpage: 59,
} as const

/** Palette values from spec section 7. */
const palette = {
  am_blue: { coverbg: '#2c9cb1', trans: '#72bdcb', much: '#1482a8', navbarBg: '#d0e9ee' },
  am_red: { coverbg: '#a7535a', trans: '#b9757b', much: '#864248', navbarBg: '#edddde' },
} as const
const navbarFont = '#6c5f5b'

/**
 * Open tour slide `n` (the bundled deck, by URL), in another palette through
 * the control bar's theme picker.
 */
async function openTourSlide(page: Page, n: number, classes: string, theme: keyof typeof palette = 'am_blue') {
  await page.goto(`/?deck=${tourUrl}#${n}`)
  await settle(page, n)
  if (theme !== 'am_blue') {
    await page.mouse.move(640, 700) // the control bar shows on pointer movement
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
    await expect(currentSection(page).locator('xpath=ancestor::*[@data-lectern-deck][1]')).toHaveAttribute(
      'data-theme',
      theme,
    )
    await settle(page, n)
  }
  await expect(currentSection(page)).toHaveClass(classes)
}

/** `actual` within `percent` % of `wanted`. */
function expectWithin(actual: number, wanted: number, percent: number, what: string) {
  expect(
    Math.abs(actual - wanted),
    `${what}: ${actual.toFixed(1)} should be ${wanted} ± ${percent} %`,
  ).toBeLessThanOrEqual((wanted * percent) / 100)
}

test.describe('Awesome layouts: column and row panels (spec 4.3)', () => {
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

test.describe('Awesome backgrounds: band colours are the palette’s (spec 4.1, 4.2, 4.7, 4.8, 7)', () => {
  /** Points inside each band, away from text, and what the spec says is there. */
  const bands: {
    name: keyof typeof slide
    classes: string
    points: { at: [number, number]; role: 'coverbg' | 'trans' | 'white'; where: string }[]
  }[] = [
    {
      name: 'cover_a',
      classes: 'cover_a',
      points: [
        { at: [30, 30], role: 'coverbg', where: 'band top-left' },
        { at: [1250, 420], role: 'coverbg', where: 'band bottom-right (y < 432)' },
        { at: [30, 445], role: 'white', where: 'below the band (y > 432)' },
      ],
    },
    {
      name: 'cover_c',
      classes: 'cover_c',
      points: [
        { at: [1250, 160], role: 'coverbg', where: 'middle band (144–634)' },
        { at: [1250, 620], role: 'coverbg', where: 'middle band bottom' },
        { at: [1250, 100], role: 'white', where: 'top strip (0–144)' },
      ],
    },
    {
      name: 'cover_d',
      classes: 'cover_d',
      points: [
        { at: [1250, 50], role: 'coverbg', where: 'band (36–432)' },
        { at: [1250, 20], role: 'white', where: 'top strip (0–36)' },
        { at: [1250, 450], role: 'white', where: 'below the band' },
      ],
    },
    {
      name: 'toc_b',
      classes: 'toc_b',
      points: [
        { at: [90, 680], role: 'coverbg', where: 'sidebar (x 77–384)' },
        { at: [370, 40], role: 'coverbg', where: 'sidebar top right' },
        { at: [40, 400], role: 'white', where: 'left of the sidebar' },
      ],
    },
    {
      name: 'lastpage',
      classes: 'lastpage',
      points: [
        { at: [40, 160], role: 'coverbg', where: 'band (144–432)' },
        { at: [40, 120], role: 'white', where: 'above the band' },
      ],
    },
    {
      name: 'trans',
      classes: 'trans',
      points: [
        { at: [40, 40], role: 'trans', where: 'page' },
        { at: [1240, 680], role: 'trans', where: 'page corner' },
      ],
    },
  ]
  for (const theme of ['am_blue', 'am_red'] as const) {
    for (const { name, classes, points } of bands) {
      test(`${theme} ${name}: ${points.map((point) => point.where).join('; ')}`, async ({ page }) => {
        await openTourSlide(page, slide[name], classes, theme)
        const colours = await pixelColours(
          page,
          points.map((point) => point.at),
        )
        points.forEach((point, index) => {
          const wanted = point.role === 'white' ? '#ffffff' : palette[theme][point.role]
          expectColour(colours[index]!, wanted, `${point.where} at ${point.at.join(',')}`)
        })
      })
    }
  }
})

test.describe('Awesome navbar (spec 4.10)', () => {
  for (const theme of ['am_blue', 'am_red'] as const) {
    test(`${theme}: a full-width bar at the top, the active item a white pill on the bar colour`, async ({ page }) => {
      await openTourSlide(page, slide.navbar, 'navbar', theme)
      const bar = await box(page, ':scope > header')
      expect(Math.abs(bar.x), 'bar starts at x 0').toBeLessThanOrEqual(1)
      expect(Math.abs(bar.right - 1280), 'bar ends at x 1280').toBeLessThanOrEqual(1)
      expect(Math.abs(bar.y), 'bar starts at y 0').toBeLessThanOrEqual(1)
      expectWithin(bar.height, 45, 7, 'bar height')
      const active = await box(page, ':scope > header strong:not(em strong)')
      const inactive = await boxes(page, ':scope > header em:not(:has(strong))')
      expect(inactive.length).toBe(5)
      const activeColour = await dominantColour(page, active)
      const inactiveColour = await dominantColour(page, inactive[0]!)
      const barColour = (await pixelColours(page, [[bar.right - 3, bar.y + 3]]))[0]!
      expectColour(barColour, palette[theme].navbarBg, 'bar background')
      expectColour(activeColour, '#ffffff', 'active item background')
      expectColour(inactiveColour, palette[theme].navbarBg, 'inactive item background (the bar)')
      expect(active.bottom, 'active pill inside the bar').toBeLessThanOrEqual(bar.bottom + 1)
      // Items are spread with equal gaps, the outer edges included; the brand takes a 380 px slot and
      // its text starts 20 px left of it (spec: x ≈ 11 with the demo's gaps of ≈ 31 px).
      const items = await boxes(page, ':scope > header > *')
      const gaps = [
        items[0]!.x,
        ...items.slice(1).map((item, index) => item.x - items[index]!.right),
        1280 - items.at(-1)!.right,
      ]
      expect(
        Math.max(...gaps) - Math.min(...gaps),
        `equal gaps: ${gaps.map((gap) => gap.toFixed(0)).join(', ')}`,
      ).toBeLessThanOrEqual(3)
      expectWithin(items[0]!.width, 380, 1, 'brand slot width')
      const brandTextX = await currentSection(page)
        .locator(':scope > header em:has(strong)')
        .evaluate((element) => {
          const section = element.closest('section') as HTMLElement
          const frame = section.getBoundingClientRect()
          const range = document.createRange()
          range.selectNodeContents(element)
          return (range.getClientRects()[0]!.left - frame.left) / (frame.width / section.offsetWidth)
        })
      expect(
        Math.abs(brandTextX - (gaps[0]! - 20)),
        `brand text at x ${brandTextX.toFixed(1)}, 20 px left of its slot`,
      ).toBeLessThanOrEqual(3)
      const inactiveText = parseCssColour(
        await currentSection(page)
          .locator(':scope > header em:not(:has(strong))')
          .first()
          .evaluate((element) => getComputedStyle(element).color),
      )
      expectColour(inactiveText, navbarFont, 'inactive item text')
    })
  }
})

test.describe('Awesome toc_a watermark (spec 4.2, 10.1)', () => {
  test('the header’s CONTENTS is huge, outlined, transparent, and under the list card', async ({ page }) => {
    await openTourSlide(page, slide.toc_a, 'toc_a')
    const header = currentSection(page).locator(':scope > header')
    await expect(header).toHaveText('CONTENTS')
    const style = await header.evaluate((element) => {
      const computed = getComputedStyle(element)
      return {
        fontSize: Number.parseFloat(computed.fontSize),
        fill: computed.webkitTextFillColor,
        strokeWidth: Number.parseFloat(computed.webkitTextStrokeWidth),
        strokeColour: computed.webkitTextStrokeColor,
      }
    })
    expectWithin(style.fontSize, 270, 3, 'watermark font size')
    expect(parseCssColour(style.fill)[3], 'transparent fill').toBe(0)
    expect(style.strokeWidth, 'outline stroke').toBeGreaterThan(0)
    expectColour(parseCssColour(style.strokeColour), navbarFont, 'stroke colour')
    // The word spans the slide (≈ −8 … 1288).
    const word = await header.evaluate((element) => {
      const section = element.closest('section') as HTMLElement
      const scale = section.getBoundingClientRect().width / section.offsetWidth
      const range = document.createRange()
      range.selectNodeContents(element)
      const rect = range.getBoundingClientRect()
      return { width: rect.width / scale }
    })
    expect(word.width, 'the word spans the slide width').toBeGreaterThanOrEqual(1150)
    // Z-order: where the watermark and the card overlap, the card is on top.
    const order = await currentSection(page).evaluate((section) => {
      const header = section.querySelector(':scope > header')!.getBoundingClientRect()
      const card = section.querySelector(':scope > ul')!.getBoundingClientRect()
      const top = Math.max(header.top, card.top)
      const bottom = Math.min(header.bottom, card.bottom)
      if (bottom <= top) return 'no overlap'
      // The watermark ignores the pointer (rightly); hit-testing needs it, paint order does not change.
      const watermark = section.querySelector(':scope > header') as HTMLElement
      const pointerEvents = watermark.style.pointerEvents
      watermark.style.pointerEvents = 'auto'
      const stack = document.elementsFromPoint(card.left + card.width / 2, (top + bottom) / 2)
      watermark.style.pointerEvents = pointerEvents
      const cardAt = stack.findIndex((element) => element.closest('ul') === section.querySelector(':scope > ul'))
      const headerAt = stack.findIndex((element) => element === section.querySelector(':scope > header'))
      return cardAt !== -1 && headerAt !== -1 && cardAt < headerAt
        ? 'card over watermark'
        : `card ${cardAt}, header ${headerAt}`
    })
    expect(order).toBe('card over watermark')
  })
})

test.describe('Awesome list badges (spec 4.4)', () => {
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

test.describe('Awesome callouts (spec 4.6)', () => {
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

test.describe('Awesome titles (spec 4.1, 4.7, 4.11, 4.12)', () => {
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
