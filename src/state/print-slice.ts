/**
 * Print slice: whether the print view is mounted and printing, and what each
 * page holds. A `?print=1` page (the PDF exporter's) is printing from the start.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, HandoutMode, PrintSlice } from './types.ts'

export const handoutModes: readonly HandoutMode[] = ['slides', 'slides-notes', 'notes']

/** Read `handout=` (`notes`, `slides-notes`; anything else is `slides`). */
export function parseHandout(value: string | null): HandoutMode {
  return value === 'notes' || value === 'slides-notes' ? value : 'slides'
}

/** Whether the URL asks for the print view at load (`?print=1`). */
export function printFlag(search: string): boolean {
  const value = new URLSearchParams(search).get('print')
  return value !== null && value !== '0' && value !== 'false'
}

/** Create the print slice. */
export const createPrintSlice: StateCreator<AppState, [], [], PrintSlice> = (set, get) => ({
  printActive: false,
  printing: false,
  printPage: false,
  handout: 'slides',
  activatePrint: () => set({ printActive: true }),
  setPrinting: (printing) => set({ printing: printing || get().printPage, printActive: get().printActive || printing }),
  setHandout: (handout) => set({ handout }),
})
