/** Carries out a key action on the app's store. */
import type { KeyAction } from './keymap.ts'
import type { AppStore } from './store.ts'

/**
 * Effects outside the store that keys can ask for, given by the app (which
 * composes the views that carry them out). A key whose effect is absent is
 * not used: the browser keeps it.
 */
export interface KeyEffects {
  toggleFullscreen?: () => void
  /** Open the presenter view in a second window. */
  openPresenterView?: () => void
  /** Open a deck file with the file picker. */
  openFile?: () => void
}

/**
 * Run a key action.
 *
 * @param store
 *   The app's store.
 * @param action
 *   What the key maps to (`matchKey`).
 * @param key
 *   The key itself (the digit, for `digit`).
 * @param effects
 *   Browser effects (full screen, windows, pickers).
 * @returns
 *   Whether the key was used (so the caller prevents its default); false for
 *   an Enter with no typed number, or an effect this window does not have.
 */
export function runKeyAction(store: AppStore, action: KeyAction, key: string, effects: KeyEffects): boolean {
  const state = store.getState()
  if (action !== 'digit' && action !== 'submitNumber' && action !== 'escape') state.clearTypedNumber()
  const effect = (run: (() => void) | undefined) => {
    run?.()
    return run !== undefined
  }
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
      return effect(effects.toggleFullscreen)
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
      return effect(effects.openPresenterView)
    case 'openFile':
      return effect(effects.openFile)
    case 'notesLarger':
      state.changeNotesFontSize(2)
      break
    case 'notesSmaller':
      state.changeNotesFontSize(-2)
      break
    case 'laser':
      state.toggleLaser()
      break
    case 'draw':
      state.toggleDrawing()
      break
    case 'drawingsShown':
      state.toggleDrawingsShown()
      break
    case 'undo':
      state.undo(state.slideIndex)
      break
    case 'redo':
      state.redo(state.slideIndex)
      break
    case 'search':
      state.setOverlay('search')
      break
  }
  return true
}
