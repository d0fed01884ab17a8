import { mkdirSync } from 'node:fs'
import { rangeCovers } from '../src/views/print/preload-faces.ts'
import { expect, offline, test } from './fixtures.ts'
import { box, boxes, currentSection, expectColour, pixelColours, rgb, settle } from './slide-geometry.ts'

/** Where the slide pictures go, for people to look at (not compared automatically). */
const outputDir = 'test-results/render'

/** While taking a picture, only the slide is seen: the app's controls and notices are hidden. */
const onlyTheSlide = `
  body * { visibility: hidden !important; }
  [data-lectern-slide], [data-lectern-slide] * { visibility: visible !important; }
  [data-lectern-slide] [data-bespoke-marp-fragment='inactive'] { visibility: hidden !important; }
`

test.describe('render the seed deck', () => {
  test.use({ viewport: { width: 1600, height: 1000 } })

  test('every slide renders in its Marp shape, and a picture of each is saved', async ({ audience, page }) => {
    mkdirSync(outputDir, { recursive: true })
    await offline(page)
    await audience.open()
    const total = 12
    for (let n = 1; n <= total; n++) {
      await test.step(`slide ${n}`, async () => {
        await audience.expectSlide(n, total)
        const box = audience.currentSlide.locator('[data-lectern-slide]')
        await expect(box).toHaveAttribute('data-lectern-slide', String(n))
        const section = box.locator(`section[id="${n}"]`)
        await expect(section).toBeVisible()
        // Marp's attributes that themes select on.
        await expect(section).toHaveAttribute('lang', 'zh-CN')
        await expect(box.locator('[data-lectern-render-error]')).toHaveCount(0)
        await page.evaluate(() => document.fonts.ready)
        await box.screenshot({
          path: `${outputDir}/seed-${String(n).padStart(2, '0')}.png`,
          animations: 'disabled',
          style: onlyTheSlide,
        })
      })
      if (n < total) await audience.nextButton.click()
    }
  })
})

test.describe('the seed deck in its Awesome Marp blue look', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test.beforeEach(async ({ page }) => {
    await offline(page)
  })

  test('the cover keeps its blue band when the deck background image cannot load', async ({ audience, page }) => {
    await audience.open()
    await settle(page, 1)
    await expect(currentSection(page)).toHaveClass(/cover_a/)
    // am_blue `coverbg` #2c9cb1 over the top 60 % (0–432 px), white below.
    await expect
      .poll(async () => (await pixelColours(page, [[40, 40]]))[0]!.join(','), { timeout: 5_000 })
      .toBe(rgb('#2c9cb1').join(','))
    const [band, below] = await pixelColours(page, [
      [1240, 400],
      [40, 700],
    ])
    expectColour(band!, '#2c9cb1', 'cover band')
    expectColour(below!, '#ffffff', 'under the band')
  })

  test('the contents slide is a two-column card of round numbered badges', async ({ audience, page }) => {
    await audience.open('#2')
    await settle(page, 2)
    const items = await boxes(page, 'ul > li')
    expect(items).toHaveLength(6)
    // Row-major: 1 | 2 on one row, 3 | 4 below.
    expect(Math.abs(items[0]!.y - items[1]!.y)).toBeLessThan(8)
    expect(items[1]!.x - items[0]!.x).toBeGreaterThan(400)
    expect(items[2]!.y).toBeGreaterThan(items[0]!.y + 20)
    const badge = await currentSection(page)
      .locator('ul > li')
      .first()
      .evaluate((li) => {
        const style = getComputedStyle(li, '::before')
        return { radius: style.borderTopLeftRadius, width: style.width, background: style.backgroundColor }
      })
    expect(parseFloat(badge.radius)).toBeGreaterThanOrEqual(parseFloat(badge.width) / 2 - 1)
    expect(badge.background).toBe('rgb(20, 130, 168)') // `much` #1482a8
  })

  test('navbar slides show a full-width bar with their own section as the active item', async ({ audience, page }) => {
    await audience.open('#7')
    await settle(page, 7)
    const [bar] = await boxes(page, ':scope > header')
    expect(bar!.x).toBeLessThanOrEqual(1)
    expect(bar!.width).toBeGreaterThanOrEqual(1278)
    expect(bar!.y).toBeLessThanOrEqual(1)
    const active = currentSection(page).locator(':scope > header strong')
    await expect(active).toHaveText('研究方法')
    const [pill, inactive] = await Promise.all([
      active.evaluate((element) => getComputedStyle(element).backgroundColor),
      currentSection(page)
        .locator(':scope > header em')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ])
    expect(pill).toBe('rgb(255, 255, 255)')
    expect(inactive).not.toBe(pill)
  })

  test('the method slide sets its two panels side by side', async ({ audience, page }) => {
    await audience.open('#4')
    await settle(page, 4)
    const [left] = await boxes(page, '.ldiv')
    const [right] = await boxes(page, '.rdiv')
    expect(right!.x).toBeGreaterThan(left!.right)
    // cols-2: two equal columns, ±3 %.
    expect(left!.width / right!.width).toBeGreaterThan(0.97)
    expect(left!.width / right!.width).toBeLessThan(1.03)
  })

  test('body text is set in the bundled faces, and the first slide fetches only the CJK parts its text needs', async ({
    audience,
    page,
  }) => {
    const kaiParts: string[] = []
    page.on('request', (request) => {
      if (/lxgwwenkai[\w-]*\.woff2$/.test(request.url())) kaiParts.push(request.url())
    })
    await audience.open()
    await settle(page, 1)
    const { faces, text } = await page.evaluate(() => ({
      faces: [...document.fonts]
        .filter((face) => face.status !== 'unloaded')
        .map((face) => ({ family: face.family.replace(/"/g, ''), range: face.unicodeRange, status: face.status })),
      // The slides the audience has laid out (the one on screen and the next, kept ready).
      text: [...document.querySelectorAll('[data-lectern-slide]')].map((slide) => slide.textContent).join(''),
    }))
    // Latin in Computer Modern and CJK in LXGW WenKai, both from the app; none failed.
    expect(faces.filter((face) => face.family === 'CMU Serif').map((face) => face.status)).toEqual(['loaded'])
    const kai = faces.filter((face) => face.family === 'LXGW WenKai')
    expect(kai.length).toBeGreaterThan(0)
    expect(kai.map((face) => face.status)).not.toContain('error')
    // Each part fetched covers some character of those slides: a handful of the 97, not all.
    const codePoints = [...text].map((char) => char.codePointAt(0)!).filter((codePoint) => codePoint > 0x7f)
    for (const face of kai) expect(codePoints.some((codePoint) => rangeCovers(face.range, codePoint))).toBe(true)
    expect(kaiParts.length).toBe(kai.length)
    expect(kaiParts.length).toBeLessThan(15)
  })

  test('navbar links are body-coloured with the link tail; footer links are body text without it', async ({
    audience,
    page,
  }) => {
    await audience.open('#9')
    await settle(page, 9)
    const section = currentSection(page)
    const style = (selector: string, pseudo?: string) =>
      section
        .locator(selector)
        .first()
        .evaluate((element, pseudo) => {
          const computed = getComputedStyle(element, pseudo)
          return { colour: computed.color, font: computed.fontFamily, content: computed.content }
        }, pseudo)
    // The navbar's items are links: `main` #041d22 like any link, each with its tail in `much`.
    const item = await style(':scope > header em a')
    expect(item.colour).toBe('rgb(4, 29, 34)')
    const tail = await style(':scope > header em a', '::after')
    expect(tail.content).not.toBe('none')
    expect(tail.colour).toBe('rgb(20, 130, 168)')
    // Footer: a linked item in the body face and colour, no tail; a plain item in Charm, grey.
    const link = await style(':scope > footer a')
    expect(link.font).toMatch(/^"?Latin Modern Math"?, "?CMU Serif"?/)
    expect(link.colour).toBe('rgb(4, 29, 34)')
    expect((await style(':scope > footer a', '::after')).content).toBe('none')
    const plain = await style(':scope > footer > em:last-of-type')
    expect(plain.font).toMatch(/^Charm/)
    expect(plain.colour).toBe('rgb(140, 140, 140)')
  })

  test('the table sets its rows as Marp does: 52 px header of regular 22 px text, 42 px one-line rows', async ({
    audience,
    page,
  }) => {
    await audience.open('#3')
    await settle(page, 3)
    // (The guard shrinks this slide by about 1 %: it reaches under the navbar.)
    const rows = (await boxes(page, 'tr')).map((row) => row.height)
    // Header 22 px text in a 52 px row; body rows 20 px text at line-height 1.5, 6 px padding (Marp: 52, 43, 43 …).
    expect(Math.abs(rows[0]! - 52)).toBeLessThanOrEqual(1.5)
    for (const row of rows.slice(2, 5)) expect(Math.abs(row - 42.5)).toBeLessThanOrEqual(1.5)
    const header = await currentSection(page)
      .locator('th')
      .first()
      .evaluate((th) => ({ size: getComputedStyle(th).fontSize, weight: getComputedStyle(th).fontWeight }))
    expect(header).toEqual({ size: '22px', weight: '400' })
  })

  test('the closing cover_a slide centres its note and keeps its page badge', async ({ audience, page }) => {
    await audience.open('#12')
    await settle(page, 12)
    const note = await box(page, '.tdiv')
    const text = await currentSection(page).evaluate((section) => {
      const range = document.createRange()
      range.selectNodeContents(section.querySelector('.tdiv')!)
      const rect = range.getBoundingClientRect()
      const frame = section.getBoundingClientRect()
      const scale = frame.width / (section as HTMLElement).offsetWidth
      return { x: (rect.left - frame.left) / scale, right: (rect.right - frame.left) / scale }
    })
    // Centred on the slide (Marp: the note spans x ≈ 304–964).
    expect(Math.abs((text.x + text.right) / 2 - 640)).toBeLessThanOrEqual(4)
    expect(text.x).toBeGreaterThan(note.x + 100)
    const badge = await currentSection(page).evaluate((section) => {
      const computed = getComputedStyle(section, '::after')
      return { display: computed.display, content: computed.content }
    })
    expect(badge.display).not.toBe('none')
    expect(badge.content).toContain('12')
  })
})
