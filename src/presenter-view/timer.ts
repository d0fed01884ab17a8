/**
 * The talk timer of the presenter view: elapsed time (start, pause, reset)
 * and the time spent on each slide while it runs. Plain zustand, driven by
 * the presenter store's slide and a clock.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { PresenterStore } from '../present/store/index.ts'

export interface TimerState {
  running: boolean
  /** Elapsed ms before the current run. */
  base: number
  /** When the current run started (ms). */
  startedAt: number
  /** The slide being timed, and since when. */
  slideIndex: number
  slideSince: number
  /** Ms spent per 0-based slide index; a slide is present once shown while running. */
  spent: Record<number, number>
}

export interface Timer {
  state: StoreApi<TimerState>
  start: () => void
  pause: () => void
  reset: () => void
  /** Elapsed ms at `now`. */
  elapsed: (now: number) => number
  /** Ms spent on every slide at `now` (the current slide counted up to now). */
  spentAt: (now: number) => Record<number, number>
  /** Follow the store's slide; returns a function that stops following. */
  follow: () => () => void
}

/**
 * A timer following a presenter store's slide.
 *
 * @param store
 *   The presenter store.
 * @param clock
 *   The time source (default `Date.now`).
 * @param autoStart
 *   Start on the first move to another slide when never started (default true).
 */
export function createTimer(store: PresenterStore, clock: () => number = Date.now, autoStart = true): Timer {
  const state = createStore<TimerState>()(() => ({
    running: false,
    base: 0,
    startedAt: 0,
    slideIndex: store.getState().slideIndex,
    slideSince: 0,
    spent: {},
  }))

  const start = () => {
    const now = clock()
    state.setState((s) =>
      s.running
        ? s
        : {
            running: true,
            startedAt: now,
            slideSince: now,
            spent: { ...s.spent, [s.slideIndex]: s.spent[s.slideIndex] ?? 0 },
          },
    )
  }
  const pause = () => {
    const now = clock()
    state.setState((s) =>
      s.running
        ? {
            running: false,
            base: s.base + now - s.startedAt,
            spent: { ...s.spent, [s.slideIndex]: (s.spent[s.slideIndex] ?? 0) + now - s.slideSince },
          }
        : s,
    )
  }
  const reset = () => {
    const now = clock()
    state.setState((s) => ({ base: 0, startedAt: now, slideSince: now, spent: s.running ? { [s.slideIndex]: 0 } : {} }))
  }
  const follow = () =>
    store.subscribe((presenter, previous) => {
      if (presenter.slideIndex === previous.slideIndex) return
      const now = clock()
      const s = state.getState()
      if (!s.running) {
        state.setState({ slideIndex: presenter.slideIndex })
        if (autoStart && s.base === 0 && Object.keys(s.spent).length === 0) start()
        return
      }
      state.setState({
        slideIndex: presenter.slideIndex,
        slideSince: now,
        spent: {
          ...s.spent,
          [s.slideIndex]: (s.spent[s.slideIndex] ?? 0) + now - s.slideSince,
          [presenter.slideIndex]: s.spent[presenter.slideIndex] ?? 0,
        },
      })
    })

  return {
    state,
    start,
    pause,
    reset,
    elapsed: (now) => {
      const s = state.getState()
      return s.base + (s.running ? Math.max(0, now - s.startedAt) : 0)
    },
    spentAt: (now) => {
      const s = state.getState()
      if (!s.running) return s.spent
      return { ...s.spent, [s.slideIndex]: (s.spent[s.slideIndex] ?? 0) + Math.max(0, now - s.slideSince) }
    },
    follow,
  }
}
