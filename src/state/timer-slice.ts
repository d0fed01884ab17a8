/**
 * Timer slice: the presenter view's talk timer — elapsed time (start, pause,
 * reset) and the time spent on each slide while it runs. `bindTimer`
 * (bindings.ts) tells it when the slide changes.
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla'
import type { AppState, TimerSlice } from './types.ts'

/**
 * Create the timer slice.
 *
 * @param clock
 *   The time source, in ms (`Date.now` in the app).
 */
export function createTimerSlice(clock: () => number): StateCreator<AppState, [], [], TimerSlice> {
  return (set, get) => {
    const start = () => {
      const s = get()
      if (s.timerRunning) return
      const now = clock()
      set({
        timerRunning: true,
        timerStartedAt: now,
        timedSince: now,
        spent: { ...s.spent, [s.timedSlide]: s.spent[s.timedSlide] ?? 0 },
      })
    }
    return {
      timerRunning: false,
      timerBase: 0,
      timerStartedAt: 0,
      timedSlide: 0,
      timedSince: 0,
      spent: {},
      plan: null,
      setPlan: (plan) => set({ plan }),
      startTimer: start,
      pauseTimer: () => {
        const s = get()
        if (!s.timerRunning) return
        const now = clock()
        set({
          timerRunning: false,
          timerBase: s.timerBase + now - s.timerStartedAt,
          spent: { ...s.spent, [s.timedSlide]: (s.spent[s.timedSlide] ?? 0) + now - s.timedSince },
        })
      },
      resetTimer: () => {
        const s = get()
        const now = clock()
        set({ timerBase: 0, timerStartedAt: now, timedSince: now, spent: s.timerRunning ? { [s.timedSlide]: 0 } : {} })
      },
      timeSlide: (slideIndex) => {
        const s = get()
        if (slideIndex === s.timedSlide) return
        if (!s.timerRunning) {
          set({ timedSlide: slideIndex })
          // The first move of a talk starts the timer.
          if (s.timerBase === 0 && Object.keys(s.spent).length === 0) start()
          return
        }
        const now = clock()
        set({
          timedSlide: slideIndex,
          timedSince: now,
          spent: {
            ...s.spent,
            [s.timedSlide]: (s.spent[s.timedSlide] ?? 0) + now - s.timedSince,
            [slideIndex]: s.spent[slideIndex] ?? 0,
          },
        })
      },
    }
  }
}

type TimerState = Pick<
  TimerSlice,
  'timerRunning' | 'timerBase' | 'timerStartedAt' | 'timedSlide' | 'timedSince' | 'spent'
>

/** Elapsed talk time at `now` (ms). */
export function elapsedAt(state: TimerState, now: number): number {
  return state.timerBase + (state.timerRunning ? Math.max(0, now - state.timerStartedAt) : 0)
}

/** Ms spent on every slide at `now`, the current slide counted up to now. */
export function spentAt(state: TimerState, now: number): Record<number, number> {
  if (!state.timerRunning) return state.spent
  return {
    ...state.spent,
    [state.timedSlide]: (state.spent[state.timedSlide] ?? 0) + Math.max(0, now - state.timedSince),
  }
}

/**
 * Keep the timer on the presented slide (the presenter view binds it; other
 * windows keep no timer).
 *
 * @returns
 *   A function that stops following.
 */
export function bindTimer(store: StoreApi<AppState>): () => void {
  store.getState().timeSlide(store.getState().slideIndex)
  return store.subscribe((state, previous) => {
    if (state.slideIndex !== previous.slideIndex) state.timeSlide(state.slideIndex)
  })
}
