/**
 * Keep the screen on while presenting: a Wake Lock for as long as the window
 * shows a deck, taken again whenever the page becomes visible (the browser
 * lets go of it when the page is hidden). Where the API is missing or refused
 * (an insecure page, a battery saver), the screen simply follows the system.
 */
import { useEffect } from 'react'

/**
 * Hold a screen Wake Lock while `active`.
 *
 * @param active
 *   Whether a deck is being presented in this window.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock
    if (!active || !wakeLock) return
    let sentinel: WakeLockSentinel | null = null
    let stopped = false
    const take = () => {
      if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return
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
    return () => {
      stopped = true
      document.removeEventListener('visibilitychange', take)
      void sentinel?.release()
    }
  }, [active])
}
