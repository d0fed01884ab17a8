/** UI slice: the window's role, overlays, covers, language, dismissed notices, the start screen, the typed slide number and the search mark. */
import type { StateCreator } from 'zustand/vanilla'
import type { AppState, UiSlice } from './types.ts'

/** Digits kept for "number then Enter": enough for any real deck. */
const maxTypedDigits = 6

/** Create the UI slice. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  role: 'audience',
  overlay: null,
  cover: null,
  language: 'en',
  dismissedNotices: [],
  startScreen: false,
  typedNumber: '',
  searchMark: null,
  showFound: (slideIndex, text) => {
    get().goTo(slideIndex)
    set({ overlay: null, searchMark: { slideIndex: get().slideIndex, text } })
  },
  setOverlay: (overlay) => set({ overlay, typedNumber: '' }),
  toggleOverlay: (overlay) => set({ overlay: get().overlay === overlay ? null : overlay, typedNumber: '' }),
  toggleCover: (cover) => set({ cover: get().cover === cover ? null : cover }),
  setLanguage: (language) => set({ language }),
  dismissNotice: (id) => {
    const dismissed = get().dismissedNotices
    if (!dismissed.includes(id)) set({ dismissedNotices: [...dismissed, id] })
  },
  setStartScreen: (open) => set({ startScreen: open }),
  typeDigit: (digit) => {
    if (!/^\d$/.test(digit)) return
    set({ typedNumber: (get().typedNumber + digit).slice(-maxTypedDigits) })
  },
  clearTypedNumber: () => {
    if (get().typedNumber) set({ typedNumber: '' })
  },
  submitTypedNumber: () => {
    const typed = get().typedNumber
    if (!typed) return false
    set({ typedNumber: '' })
    get().goTo(Number(typed) - 1)
    return true
  },
  escape: () => {
    const { typedNumber, cover, overlay, zoom, drawing, laser } = get()
    if (typedNumber) set({ typedNumber: '' })
    else if (overlay) set({ overlay: null })
    else if (zoom) set({ zoom: null })
    else if (drawing || laser) set({ drawing: false, laser: false, pointer: null })
    else if (cover) set({ cover: null })
    else set({ overlay: 'overview' })
  },
})
