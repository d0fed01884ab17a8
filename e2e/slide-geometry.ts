/**
 * Measuring slides as a user sees them: element boxes in slide pixels (the
 * slide is 1280 px wide however the window scales it), pixel colours from a
 * screenshot, and the text the browser generates for `::before` badges.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** The bundled Awesome tour deck, as the dev server serves it. */
export const tourUrl = '/decks/awesome-tour.md'

/** A box in slide pixels, relative to the slide's top-left corner. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
  right: number
  bottom: number
}

/** The `<section>` of the slide on screen. */
export const currentSection = (page: Page): Locator =>
  page
    .getByRole('group', { name: /^Slide \d+ of \d+/ })
    .locator('section')
    .first()

/** Wait until the slide on screen is slide `n` and fonts and images are in. */
export async function settle(page: Page, n: number) {
  // Loading the engine for a deck opened by URL takes a while on a busy machine.
  await expect(page.getByRole('group', { name: new RegExp(`^Slide ${n} of \\d+`) })).toBeVisible({ timeout: 20_000 })
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map((image) => (image.complete ? null : image.decode().catch(() => null))))
  })
}

/**
 * Boxes of the elements matching `selector` inside the slide on screen, in
 * slide pixels. The slide's layout width (offsetWidth) over its drawn width
 * gives the window's scale.
 */
export async function boxes(page: Page, selector: string): Promise<Box[]> {
  return currentSection(page).evaluate((section, selector) => {
    const frame = section.getBoundingClientRect()
    const scale = frame.width / (section as HTMLElement).offsetWidth
    return [...section.querySelectorAll(selector)].map((element) => {
      const rect = element.getBoundingClientRect()
      const x = (rect.left - frame.left) / scale
      const y = (rect.top - frame.top) / scale
      const width = rect.width / scale
      const height = rect.height / scale
      return { x, y, width, height, right: x + width, bottom: y + height }
    })
  }, selector)
}

/** The one box of `selector` (fails when there is none). */
export async function box(page: Page, selector: string): Promise<Box> {
  const found = await boxes(page, selector)
  expect(found.length, `an element ${selector} on the slide`).toBeGreaterThan(0)
  return found[0]!
}

/** The box of the text inside the first element matching `selector` (not its block), in slide pixels. */
export async function textBox(page: Page, selector: string): Promise<Box> {
  return currentSection(page).evaluate((section, selector) => {
    const element = section.querySelector(selector)
    if (!element) throw new Error(`no ${selector} on the slide`)
    const frame = section.getBoundingClientRect()
    const scale = frame.width / (section as HTMLElement).offsetWidth
    const range = document.createRange()
    range.selectNodeContents(element)
    const rect = range.getBoundingClientRect()
    const x = (rect.left - frame.left) / scale
    const y = (rect.top - frame.top) / scale
    return {
      x,
      y,
      width: rect.width / scale,
      height: rect.height / scale,
      right: x + rect.width / scale,
      bottom: y + rect.height / scale,
    }
  }, selector)
}

/** `#rrggbb` → [r, g, b]. */
export const rgb = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** Computed colour strings (`rgb(…)`, `rgba(…)`) → [r, g, b, a]. */
export const parseCssColour = (text: string): [number, number, number, number] => {
  const numbers = (text.match(/[\d.]+/g) ?? []).map(Number)
  return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1]
}

/**
 * The colours of the slide on screen (or of `section`) at points given in
 * slide pixels: the slide is screenshotted and the PNG decoded in the page through a canvas.
 */
export async function pixelColours(
  page: Page,
  points: [number, number][],
  section: Locator = currentSection(page),
): Promise<[number, number, number][]> {
  const png = await section.screenshot({ animations: 'disabled' })
  const layoutWidth = await section.evaluate((element) => (element as HTMLElement).offsetWidth)
  return page.evaluate(
    async ({ data, points, layoutWidth }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${data}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const scale = image.naturalWidth / layoutWidth
      return points.map(([x, y]) => {
        const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data
        return [r!, g!, b!] as [number, number, number]
      })
    },
    { data: png.toString('base64'), points, layoutWidth },
  )
}

/** Expect a colour within `tolerance` per channel of `hex`. */
export function expectColour(actual: readonly number[], hex: string, what: string, tolerance = 3) {
  const wanted = rgb(hex)
  const off = Math.max(...wanted.map((value, index) => Math.abs(value - actual[index]!)))
  expect(off, `${what}: rgb(${actual.slice(0, 3).join(', ')}) should be ${hex}`).toBeLessThanOrEqual(tolerance)
}

/**
 * The text the browser generates at the start of each element matching
 * `selector` in the slide on screen (its `::before` content, counters
 * resolved), read from Chromium's accessibility tree: computed style only
 * gives back `counter(name)`.
 */
export async function generatedTexts(page: Page, selector: string): Promise<string[]> {
  const marker = `data-generated-probe-${Date.now()}`
  const count = await currentSection(page).evaluate(
    (section, { selector, marker }) => {
      const found = [...section.querySelectorAll(selector)]
      found.forEach((element, index) => element.setAttribute(marker, String(index)))
      return found.length
    },
    { selector, marker },
  )
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    const backendIds: number[] = []
    for (let index = 0; index < count; index++) {
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: `[${marker}="${index}"]`,
      })
      const { node } = await cdp.send('DOM.describeNode', { nodeId })
      backendIds.push(node.backendNodeId)
    }
    const { nodes } = await cdp.send('Accessibility.getFullAXTree')
    const byId = new Map(nodes.map((node) => [node.nodeId, node]))
    /** The first text under an accessibility node, depth first. */
    const firstText = (id: string): string | undefined => {
      const node = byId.get(id)
      if (!node) return undefined
      if (node.role?.value === 'StaticText') return String(node.name?.value ?? '')
      for (const child of node.childIds ?? []) {
        const text = firstText(child)
        if (text !== undefined) return text
      }
      return undefined
    }
    return backendIds.map((backendId) => {
      const node = nodes.find((candidate) => candidate.backendDOMNodeId === backendId)
      return node ? (firstText(node.nodeId) ?? '').trim() : ''
    })
  } finally {
    await cdp.detach()
  }
}

/** The most frequent colour on a 12 × 4 grid of points inside `area` (its background, not its text). */
export async function dominantColour(page: Page, area: Box): Promise<[number, number, number]> {
  const points: [number, number][] = []
  for (let column = 0; column < 12; column++) {
    for (let row = 0; row < 4; row++) {
      points.push([area.x + ((column + 0.5) * area.width) / 12, area.y + ((row + 0.5) * area.height) / 4])
    }
  }
  const counts = new Map<string, number>()
  for (const colour of await pixelColours(page, points))
    counts.set(colour.join(','), (counts.get(colour.join(',')) ?? 0) + 1)
  const [top] = [...counts].sort((a, b) => b[1] - a[1])
  return top![0].split(',').map(Number) as [number, number, number]
}
