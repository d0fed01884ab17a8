/** The talk timer's state, for the presenter view. */
import { useShallow } from 'zustand/shallow'
import { useAppState, type TimerSlice } from '../../state/index.ts'

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
