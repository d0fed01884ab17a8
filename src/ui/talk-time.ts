/** The talk's time, for the views that show it: the clock ticking, the timer's state, and times as text. */
import { useEffect, useState } from 'react'
import { useShallow } from 'zustand/shallow'
import { useAppState, type TimerSlice } from '../state/index.ts'

/** `m:ss` or `h:mm:ss`, with a minus sign for negative times. */
export function formatTime(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  const total = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`
}

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

/** The timer's fields (re-renders when any changes). */
export type TimerState = Pick<
  TimerSlice,
  'timerRunning' | 'timerBase' | 'timerStartedAt' | 'timedSlide' | 'timedSince' | 'spent'
>

/** The talk timer's state. */
export function useTimer(): TimerState {
  return useAppState(
    useShallow(({ timerRunning, timerBase, timerStartedAt, timedSlide, timedSince, spent }) => ({
      timerRunning,
      timerBase,
      timerStartedAt,
      timedSlide,
      timedSince,
      spent,
    })),
  )
}
