/**
 * The keyboard: one `keydown` listener on window that matches
 * keys through the key table and runs their actions.
 *
 * Notes: keys typed into form fields, media and editable text are left
 * alone; so are Enter and Space on buttons and links (they activate them),
 * and events a component already handled (`defaultPrevented`, such as the
 * overview's arrow keys). preventDefault is called only for keys used.
 */
import { useEffect } from 'react'
import { matchKey, runKeyAction, type AppStore, type KeyEffects } from '../state/index.ts'

const typingTargets = 'input, textarea, select, audio, video, [contenteditable]:not([contenteditable="false"])'
const activatable = 'button, a[href], summary, [role="button"], [role="link"], [role="option"]'

/**
 * Whether a key belongs to the element it was typed into rather than to us.
 *
 * @param target
 *   The event target.
 * @param key
 *   `KeyboardEvent.key`.
 */
export function isKeyForTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest(typingTargets) || (target instanceof HTMLElement && target.isContentEditable)) return true
  return (key === 'Enter' || key === ' ') && target.closest(activatable) !== null
}

/**
 * Listen to the keyboard while mounted: every key of the key table that works
 * in this window (the store's `role`).
 *
 * @param store
 *   The app's store.
 * @param effects
 *   Browser effects keys can ask for (full screen, windows, pickers); keep it stable.
 */
export function useKeyboard(store: AppStore, effects: KeyEffects): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isKeyForTarget(event.target, event.key)) return
      const { overlay, role } = store.getState()
      const action = matchKey(event, { overlayOpen: overlay !== null, role })
      if (action && runKeyAction(store, action, event.key, effects)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store, effects])
}
