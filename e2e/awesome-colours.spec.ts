/**
 * The Awesome Marp colours and chrome on the tour deck, measured as drawn:
 * cover and divider bands, the navigation bar, the CONTENTS watermark.
 */
import { expect, test } from './fixtures.ts'
import {
  box,
  boxes,
  currentSection,
  dominantColour,
  expectColour,
  parseCssColour,
  pixelColours,
} from './slide-geometry.ts'
import { expectWithin, navbarFont, openTourSlide, palette, slide } from './awesome-fixtures.ts'

test.describe('Awesome backgrounds: band colours are the palette’s', () => {
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

test.describe('Awesome navbar', () => {
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

test.describe('Awesome toc_a watermark', () => {
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
