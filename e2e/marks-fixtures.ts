/** Helpers for the laser pointer, drawing and zoom specs: acting on a slide as a mouse would, and timing what another window sees. */
import { expect, type Page } from '@playwright/test'

/**
 * How long after `act` (which returns its own `Date.now()`) an element
 * matching `selector` shows in `target`, in ms, measured by the two pages'
 * shared clock (they are windows of one browser).
 */
export async function appearsWithin(target: Page, selector: string, act: () => Promise<number>): Promise<number> {
  await target.evaluate((wanted) => {
    const w = window as unknown as { __seen?: Promise<number> }
    w.__seen = new Promise((done) => {
      if (document.querySelector(wanted)) return done(Date.now())
      const observer = new MutationObserver(() => {
        if (!document.querySelector(wanted)) return
        observer.disconnect()
        done(Date.now())
      })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    })
  }, selector)
  const started = await act()
  const seen = await target.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen)
  return seen - started
}

/**
 * Pointer events on the slide's drawing and pointing surface, at points given
 * in slide units (0–1), dispatched in the page; returns the page's `Date.now()`
 * just before the last event.
 */
export function onSurface(
  page: Page,
  root: string,
  moves: readonly { type: 'pointerdown' | 'pointermove' | 'pointerup'; x: number; y: number }[],
): Promise<number> {
  return page.evaluate(
    ({ root, moves }) => {
      const surface = document.querySelector<HTMLElement>(`${root} .lectern-mark-surface`)
      if (!surface) throw new Error('No drawing surface: is drawing or the laser on?')
      const box = surface.getBoundingClientRect()
      let at = 0
      for (const { type, x, y } of moves) {
        at = Date.now()
        surface.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            pointerId: 1,
            button: 0,
            buttons: type === 'pointerup' ? 0 : 1,
            clientX: box.left + x * box.width,
            clientY: box.top + y * box.height,
          }),
        )
      }
      return at
    },
    { root, moves },
  )
}

/** A stroke from (0.2, 0.6) to (0.8, 0.6) in a few moves. */
export const lineAcross = [
  { type: 'pointerdown', x: 0.2, y: 0.6 },
  ...[0.3, 0.4, 0.5, 0.6, 0.7].map((x) => ({ type: 'pointermove' as const, x, y: 0.6 })),
  { type: 'pointerup', x: 0.8, y: 0.6 },
] as const

/** The strokes drawn on the slide in a frame (paths of its drawings). */
export const strokesIn = (page: Page, root: string) => page.locator(`${root} [data-lectern-drawings] path`)

/** Wait for the shown slide's drawings to be kept (they are saved a moment after a change). */
export async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => new Promise((done) => setTimeout(() => done(true), 400)))).toBe(true)
}
