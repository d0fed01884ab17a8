/** Carries out a key action on the presenter store. */
import { openPresenterView } from '../presenter-view/open.ts'
import type { KeyAction } from './keymap.ts'
import type { PresenterStore } from './store/index.ts'

/** Effects outside the store that keys can ask for. */
export interface KeyEffects {
  toggleFullscreen: () => void
  /**
   * Open the presenter view in a second window; absent: the app's own
   * (`?view=presenter` in a window), null: the key is not used here.
   */
  openPresenterView?: (() => void) | null
}

/**
 * Run a key action.
 *
 * @param store
 *   The presenter store.
 * @param action
 *   What the key maps to (`matchKey`).
 * @param key
 *   The key itself (the digit, for `digit`).
 * @param effects
 *   Browser effects (fullscreen).
 * @returns
 *   Whether the key was used (so the caller prevents its default), false for
 *   an Enter with no typed number, which stays the browser's.
 */
export function runKeyAction(store: PresenterStore, action: KeyAction, key: string, effects: KeyEffects): boolean {
  const state = store.getState()
  if (action !== 'digit' && action !== 'submitNumber' && action !== 'escape') state.clearTypedNumber()
  switch (action) {
    case 'next':
      state.next()
      break
    case 'previous':
      state.previous()
      break
    case 'nextSlide':
      state.nextSlide()
      break
    case 'previousSlide':
      state.previousSlide()
      break
    case 'first':
      state.first()
      break
    case 'last':
      state.last()
      break
    case 'digit':
      state.typeDigit(key)
      break
    case 'submitNumber':
      return state.submitTypedNumber()
    case 'goTo':
      state.toggleOverlay('goTo')
      break
    case 'overview':
      state.toggleOverlay('overview')
      break
    case 'escape':
      state.escape()
      break
    case 'fullscreen':
      effects.toggleFullscreen()
      break
    case 'blackout':
      state.toggleCover('black')
      break
    case 'whiteout':
      state.toggleCover('white')
      break
    case 'help':
      state.toggleOverlay('help')
      break
    case 'presenterView':
      if (effects.openPresenterView === null) return false
      ;(effects.openPresenterView ?? openPresenterView)()
      break
  }
  return true
}
