/**
 * The overflow guard's switch and what it found, as small external stores
 * the slide views read: the app's store decides (src/present/display-prefs.ts)
 * and mirrors its setting here, since slides render below any one store.
 */
import { useSyncExternalStore } from 'react'
import type { Slide } from '../deck/types.ts'

type Listener = () => void

function createSignal() {
  const listeners = new Set<Listener>()
  return {
    subscribe(listener: Listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    notify() {
      for (const listener of listeners) listener()
    },
  }
}

const switchSignal = createSignal()
let fitEnabled = true

/** Turn the overflow guard on or off for every slide on the page. */
export function setFitEnabled(enabled: boolean): void {
  if (enabled === fitEnabled) return
  fitEnabled = enabled
  switchSignal.notify()
}

/** Whether overflowing slides are shrunk to fit (default on). */
export function useFitEnabled(): boolean {
  const read = () => fitEnabled
  return useSyncExternalStore(switchSignal.subscribe, read, read)
}

const resultSignal = createSignal()
const results = new WeakMap<Slide, number>()

/** Record the zoom a slide's content needed (1 when it fits as it is). */
export function reportFit(slide: Slide, zoom: number): void {
  if (results.get(slide) === zoom) return
  results.set(slide, zoom)
  resultSignal.notify()
}

/**
 * The zoom a slide's content needed where it was last shown, 1 when it
 * fits or the guard is off, undefined when it was not measured yet.
 */
export function useSlideFit(slide: Slide | undefined): number | undefined {
  const enabled = useFitEnabled()
  const read = () => (slide ? results.get(slide) : undefined)
  const zoom = useSyncExternalStore(resultSignal.subscribe, read, read)
  return enabled ? zoom : 1
}
