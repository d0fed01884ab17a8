/** Whether the mouse (or a finger) has been still for a while. */
import { useEffect, useState } from 'react'

/**
 * True after `ms` without pointer movement, touches or clicks; false again at the next one.
 *
 * @param ms
 *   Idle time in milliseconds (default 3000).
 */
export function useIdle(ms = 3000): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms)
    const wake = () => {
      clearTimeout(timer)
      setIdle(false)
      timer = setTimeout(() => setIdle(true), ms)
    }
    const events = ['pointermove', 'pointerdown', 'touchstart'] as const
    for (const type of events) window.addEventListener(type, wake, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of events) window.removeEventListener(type, wake)
    }
  }, [ms])
  return idle
}
