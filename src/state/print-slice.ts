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

/** Whether a URL flag is on: present, and not `0`, `false`, `off` or `no`. */
export function flagOn(search: string, name: string): boolean {
  const value = new URLSearchParams(search).get(name)
  return value !== null && !['0', 'false', 'off', 'no'].includes(value.toLowerCase())
}

/** Whether the URL asks for the print view at load (`?print=1`). */
export function printFlag(search: string): boolean {
  return flagOn(search, 'print')
}

/**
 * A print page's options from its URL: `handout=`, `steps=1` (a page a
 * fragment step), `drawings=1` (with the drawings).
 */
export function printOptions(search: string): { handout: HandoutMode; steps: boolean; drawings: boolean } {
  return {
    handout: parseHandout(new URLSearchParams(search).get('handout')),
    steps: flagOn(search, 'steps'),
    drawings: flagOn(search, 'drawings'),
  }
}

/** One printed page: a slide at a fragment step, and its label (`3`, or `3.1` when printing every step). */
export interface PrintPage {
  slideIndex: number
  fragment: number
  label: string
}

/**
 * The pages a deck prints to: one a slide, fully revealed; or, with `steps`,
 * one a fragment step (a slide without fragments keeps one page).
 *
 * @param slides
 *   The deck's slides (their fragment counts).
 */
export function printPages(slides: readonly { fragments: number }[], steps: boolean): PrintPage[] {
  return slides.flatMap((slide, slideIndex) => {
    const n = slideIndex + 1
    if (!steps || slide.fragments === 0) return [{ slideIndex, fragment: slide.fragments, label: String(n) }]
    return Array.from({ length: slide.fragments + 1 }, (_, fragment) => ({
      slideIndex,
      fragment,
      label: `${n}.${fragment}`,
    }))
  })
}

/** Create the print slice. */
export const createPrintSlice: StateCreator<AppState, [], [], PrintSlice> = (set, get) => ({
  printActive: false,
  printing: false,
  printPage: false,
  handout: 'slides',
  printSteps: false,
  printDrawings: false,
  activatePrint: () => set({ printActive: true }),
  setPrinting: (printing) => set({ printing: printing || get().printPage, printActive: get().printActive || printing }),
  setHandout: (handout) => set({ handout }),
  setPrintSteps: (printSteps) => set({ printSteps }),
  setPrintDrawings: (printDrawings) => set({ printDrawings }),
})
