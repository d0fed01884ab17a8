/** The current time, ticking. */
import { useEffect, useState } from 'react'

/**
 * The current time (ms), updated every `ms`.
 *
 * @param ms
 *   Tick period (default 250).
 */
export function useNow(ms = 250): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(id)
  }, [ms])
  return now
}
