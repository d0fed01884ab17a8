/** Print options: the handout layout, from the URL (`?print=1&handout=…`) or the print dialog. */
import { create } from 'zustand'

/** `slides`: one slide a page; `slides-notes`: the slide with its notes below; `notes`: notes only. */
export type HandoutMode = 'slides' | 'slides-notes' | 'notes'

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

interface PrintState {
  /** Whether the print view is mounted (it stays once mounted: printing again is then instant). */
  active: boolean
  /** Whether the page is being printed (then the view is in the accessibility tree, for a tagged PDF). */
  printing: boolean
  mode: HandoutMode
  activate: () => void
  setPrinting: (printing: boolean) => void
  setMode: (mode: HandoutMode) => void
}

function initial(): Pick<PrintState, 'active' | 'printing' | 'mode'> {
  if (typeof window === 'undefined') return { active: false, printing: false, mode: 'slides' }
  const params = new URLSearchParams(window.location.search)
  const flag = printFlag(window.location.search)
  return { active: flag, printing: flag, mode: parseHandout(params.get('handout')) }
}

/** The page's print state (one per page, as printing is). */
export const usePrintStore = create<PrintState>((set) => ({
  ...initial(),
  activate: () => set({ active: true }),
  setPrinting: (printing) =>
    set((state) => ({ printing: printing || printFlag(window.location.search), active: state.active || printing })),
  setMode: (mode) => set({ mode }),
}))
