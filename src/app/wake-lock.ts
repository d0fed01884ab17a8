/**
 * Keep the screen on while presenting: a Wake Lock for as long as the window
 * shows a deck, taken again whenever the page becomes visible (the browser
 * lets go of it when the page is hidden). Where the API is missing or refused
 * (an insecure page, a battery saver), the screen simply follows the system.
 * Bound with the window's other bindings (bindings.ts), after the first paint.
 */
import type { AppStore } from '../state/index.ts'

/**
 * Hold a screen Wake Lock while the store has a deck.
 *
 * @returns
 *   A function that lets it go and stops.
 */
export function bindWakeLock(store: AppStore): () => void {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock
  if (!wakeLock) return () => {}
  let sentinel: WakeLockSentinel | null = null
  let stopped = false
  const take = () => {
    if (stopped || store.getState().deck === null || document.visibilityState !== 'visible') return
    if (sentinel && !sentinel.released) return
    wakeLock.request('screen').then(
      (taken) => {
        if (stopped) void taken.release()
        else sentinel = taken
      },
      () => {},
    )
  }
  take()
  document.addEventListener('visibilitychange', take)
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.deck === previous.deck) return
    if (state.deck) take()
    else void sentinel?.release()
  })
  return () => {
    stopped = true
    unsubscribe()
    document.removeEventListener('visibilitychange', take)
    void sentinel?.release()
  }
}
