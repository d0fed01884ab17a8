/**
 * "Swap displays" with the Window Management API (Chromium: `getScreenDetails`):
 * the presenter window, which the app opened and so may move, goes to the
 * other screen. Where the API or a second screen is missing, windows stay
 * plain windows and nothing is offered.
 */

/** The screen fields used here (a `ScreenDetailed`). */
export interface ScreenArea {
  availLeft: number
  availTop: number
  availWidth: number
  availHeight: number
}

interface ScreenDetails {
  screens: readonly ScreenArea[]
  currentScreen: ScreenArea
}

type WindowWithScreens = Window & { getScreenDetails?: () => Promise<ScreenDetails> }

/** The screen to move to: the first one that is not the current one, or null with one screen. */
export function otherScreen(details: ScreenDetails): ScreenArea | null {
  return details.screens.find((screen) => screen !== details.currentScreen) ?? null
}

/** Whether this browser can tell where the screens are (the button is offered only then). */
export function canSwapDisplays(win: Window = window): boolean {
  return typeof (win as WindowWithScreens).getScreenDetails === 'function'
}

/**
 * Move this window to fill the other screen. Returns false when there is no
 * other screen or the user declined the permission.
 */
export async function swapDisplays(win: Window = window): Promise<boolean> {
  const details = await (win as WindowWithScreens).getScreenDetails?.().catch(() => undefined)
  const target = details ? otherScreen(details) : null
  if (!target) return false
  win.moveTo(target.availLeft, target.availTop)
  win.resizeTo(target.availWidth, target.availHeight)
  return true
}
