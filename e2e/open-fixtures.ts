/**
 * Opening decks as a user does: files dropped on the window (a real
 * DataTransfer, real File objects, dragenter/dragover/drop), pasted text,
 * and the notices that say what went wrong.
 */
import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'

/** A file to drop: from disk (`path`, relative to the repository), or made in the page. */
export interface DropFile {
  /** The file's name in the drop. */
  name: string
  /** A file on disk to read it from. */
  path?: string
  /** Its text. */
  text?: string
  /** Its size in bytes, all zero (for huge files made in the page). */
  zeros?: number
  type?: string
}

/**
 * Drop files on the window, as the browser does for a drag from the desktop.
 *
 * @param page
 *   The page.
 * @param files
 *   The files, in order.
 */
export async function dropFiles(page: Page, files: readonly DropFile[]): Promise<void> {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.type ?? '',
    base64: file.path ? readFileSync(new URL(`../${file.path}`, import.meta.url)).toString('base64') : null,
    text: file.text ?? null,
    zeros: file.zeros ?? null,
  }))
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer()
    for (const item of items) {
      let part: BlobPart
      if (item.base64 !== null) part = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0))
      else if (item.zeros !== null) part = new Uint8Array(item.zeros)
      else part = item.text ?? ''
      data.items.add(new File([part], item.name, { type: item.type }))
    }
    return data
  }, payload)
  await page.evaluate((dataTransfer) => {
    const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, {
          dataTransfer,
          bubbles: true,
          cancelable: true,
          clientX: innerWidth / 2,
          clientY: innerHeight / 2,
        }),
      )
    }
  }, transfer)
}

/**
 * Paste text into the page while no text field has focus.
 *
 * @param page
 *   The page.
 * @param text
 *   The pasted text.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const data = new DataTransfer()
    data.setData('text/plain', value)
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/** The alert of a failed load. */
export const loadAlert = (page: Page) => page.locator('.lectern-notice[data-kind="load-error"]')

/** The slide on screen, by its accessible name (as the presenter page object finds it). */
export const currentSlide = (page: Page) => page.getByRole('group', { name: /^Slide \d+ of \d+/ })

/** Open the app on the seed deck and wait for its first slide. */
export async function openSeed(page: Page): Promise<void> {
  await page.goto('./')
  await expect(currentSlide(page)).toBeVisible()
}

/**
 * The colour on screen at a point of the page: a screenshot of that pixel,
 * decoded by the browser (no PNG decoder on the Node side).
 *
 * @returns
 *   `[r, g, b]`.
 */
export async function screenPixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
    animations: 'disabled',
  })
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data
    return [r!, g!, b!] as [number, number, number]
  }, png.toString('base64'))
}

/** The centre of an element on screen. */
export async function centreOf(locator: import('@playwright/test').Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('Unexpected element without a box')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}
