/**
 * Display slice: how the deck is shown — the theme chosen in the picker, the
 * overflow guard, the notes' size, the progress bar. Remembered in the browser
 * by `prefs.ts`.
 */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, DisplaySlice } from './types.ts'

/** Limits of the notes' font size, in px. */
export const notesFontSizes = { min: 10, max: 96 } as const

/** Create the display slice. */
export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set, get) => ({
  theme: null,
  fit: true,
  notesFontSize: 22,
  progress: false,
  setProgress: (progress) => set({ progress }),
  setTheme: (theme) => set({ theme }),
  setFit: (fit) => set({ fit }),
  changeNotesFontSize: (delta) =>
    set({
      notesFontSize: Math.min(notesFontSizes.max, Math.max(notesFontSizes.min, get().notesFontSize + delta)),
    }),
})
