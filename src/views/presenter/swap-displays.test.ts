import { describe, expect, it } from 'vitest'
import { canSwapDisplays, otherScreen, swapDisplays, type ScreenArea } from './swap-displays.ts'

const laptop: ScreenArea = { availLeft: 0, availTop: 0, availWidth: 1440, availHeight: 900 }
const projector: ScreenArea = { availLeft: 1440, availTop: 0, availWidth: 1920, availHeight: 1080 }

/** A window-like object recording where it was moved. */
function fakeWindow(screens: ScreenArea[] | null) {
  const moves: number[][] = []
  const win = {
    moveTo: (x: number, y: number) => moves.push([x, y]),
    resizeTo: (w: number, h: number) => moves.push([w, h]),
    ...(screens ? { getScreenDetails: async () => ({ screens, currentScreen: screens[0] }) } : {}),
  } as unknown as Window
  return { win, moves }
}

describe('swap displays', () => {
  it('should pick the screen the window is not on', () => {
    expect(otherScreen({ screens: [laptop, projector], currentScreen: projector })).toBe(laptop)
    expect(otherScreen({ screens: [laptop], currentScreen: laptop })).toBeNull()
  })

  it('should move and fit the window to the other screen', async () => {
    const { win, moves } = fakeWindow([laptop, projector])
    expect(canSwapDisplays(win)).toBe(true)
    expect(await swapDisplays(win)).toBe(true)
    expect(moves).toEqual([
      [1440, 0],
      [1920, 1080],
    ])
  })

  it('should offer nothing without the Window Management API, and not move with one screen', async () => {
    expect(canSwapDisplays(fakeWindow(null).win)).toBe(false)
    const { win, moves } = fakeWindow([laptop])
    expect(await swapDisplays(win)).toBe(false)
    expect(moves).toEqual([])
  })
})
