/**
 * How the deck is displayed, remembered in the browser: the theme chosen in
 * the picker (per deck, by where the deck comes from), the overflow guard
 * (for all decks, with `?fit=0` / `?fit=1` in the URL winning) and the notes'
 * size. The store holds the choice; this binding loads and saves it, and
 * follows other windows' changes (`storage` events, so the presenter window
 * follows the audience window).
 */
import type { Deck } from '../deck/index.ts'
import { pickableThemes } from '../render/index.ts'
import { flagOn } from './print-slice.ts'
import type { AppStore } from './store.ts'
import { deckIdentity } from './deck-identity.ts'
import type { DeckSource } from './types.ts'

/** localStorage key of the overflow guard setting. */
export const fitKey = 'lectern.fit'
/** localStorage key of the notes' font size. */
export const notesFontSizeKey = 'lectern.notesFontSize'
/** localStorage key of the progress bar setting. */
export const progressKey = 'lectern.progress'
/**
 * What a deck is remembered by: where it comes from (its URL, bundled name
 * or stored file), so what is kept for it (the theme chosen, a pacing plan,
 * drawings) survives edits of the deck; the deck's content identity when it
 * has no source.
 */
export function deckKey(deck: Deck, source: DeckSource | null): string {
  if (!source) return deckIdentity(deck, null)
  switch (source.kind) {
    case 'url':
      return `url:${new URL(source.url, 'http://x/').href}`
    case 'file':
      return `file:${source.id}`
    default:
      return `${source.kind}:${source.name}`
  }
}

/** The key under which a deck's chosen theme is kept. */
export function themeKey(deck: Deck, source: DeckSource | null): string {
  return `lectern.theme.${deckKey(deck, source)}`
}

/** The key under which a deck's pacing plan (a rehearsal's time per slide) is kept. */
export function planKey(deck: Deck, source: DeckSource | null): string {
  return `lectern.plan.${deckKey(deck, source)}`
}

/** A stored pacing plan, if it is one for a deck of `slides` slides. */
export function readPlan(value: string | null, slides: number): number[] | null {
  try {
    const plan: unknown = JSON.parse(value ?? 'null')
    if (!Array.isArray(plan) || plan.length !== slides) return null
    return plan.every((ms) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) ? (plan as number[]) : null
  } catch {
    return null
  }
}

/** What is needed of `localStorage` (which may throw when disabled). */
export type PrefStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

function safeGet(storage: PrefStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function safeSet(storage: PrefStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key)
    else storage?.setItem(key, value)
  } catch {
    // Not remembered: storage full or disabled.
  }
}

/** A theme name as stored, if it is one we can show; else null (the deck's own theme). */
export function readThemeChoice(value: string | null): string | null {
  return value && (pickableThemes as readonly string[]).includes(value) ? value : null
}

/** The overflow guard setting: `?fit=` first, then the stored one, else on. */
export function readFitSetting(search: string, stored: string | null): boolean {
  if (new URLSearchParams(search).has('fit')) return flagOn(search, 'fit')
  return stored !== '0'
}

/** What the binding needs of a window. */
export interface PrefsWindow {
  location: { search: string }
  localStorage: PrefStorage
  addEventListener: (type: 'storage', listener: (event: StorageEvent) => void) => void
  removeEventListener: (type: 'storage', listener: (event: StorageEvent) => void) => void
}

/**
 * Bind the store's display settings to storage and the URL.
 *
 * @param store
 *   The app's store.
 * @param win
 *   The window (its `location.search`, `localStorage` and `storage` events).
 * @returns
 *   A function that stops the binding.
 */
export function bindDisplayPrefs(store: AppStore, win: PrefsWindow): () => void {
  let storage: PrefStorage | null = null
  try {
    storage = win.localStorage
  } catch {
    // Storage disabled: nothing is remembered.
  }
  const keyOf = () => {
    const { deck, source } = store.getState()
    return deck ? themeKey(deck, source) : null
  }
  const planKeyOf = () => {
    const { deck, source } = store.getState()
    return deck ? planKey(deck, source) : null
  }
  const loadPlan = () => {
    const { deck } = store.getState()
    const plan = planKeyOf()
    store.getState().setPlan(plan && deck ? readPlan(safeGet(storage, plan), deck.slides.length) : null)
  }
  let key = keyOf()

  const state = store.getState()
  state.setFit(readFitSetting(win.location.search, safeGet(storage, fitKey)))
  const notes = Number(safeGet(storage, notesFontSizeKey))
  if (notes) state.changeNotesFontSize(notes - state.notesFontSize)
  const progress = new URLSearchParams(win.location.search).get('progress')
  state.setProgress(progress !== null ? flagOn(win.location.search, 'progress') : safeGet(storage, progressKey) === '1')
  if (key) state.setTheme(readThemeChoice(safeGet(storage, key)))
  loadPlan()

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.fit !== previous.fit) safeSet(storage, fitKey, state.fit ? null : '0')
    if (state.notesFontSize !== previous.notesFontSize) safeSet(storage, notesFontSizeKey, String(state.notesFontSize))
    if (state.progress !== previous.progress) safeSet(storage, progressKey, state.progress ? '1' : null)
    if (state.plan !== previous.plan && state.deck === previous.deck) {
      const plan = planKeyOf()
      if (plan) safeSet(storage, plan, state.plan ? JSON.stringify(state.plan.map(Math.round)) : null)
    }
    if (state.deck !== previous.deck || state.source !== previous.source) {
      loadPlan()
      key = keyOf()
      const remembered = key ? readThemeChoice(safeGet(storage, key)) : null
      if (remembered !== state.theme) state.setTheme(remembered)
      return
    }
    if (state.theme !== previous.theme && key) safeSet(storage, key, state.theme)
  })

  const onStorage = (event: StorageEvent) => {
    if (event.key === fitKey) store.getState().setFit(event.newValue !== '0')
    else if (event.key === progressKey) store.getState().setProgress(event.newValue === '1')
    else if (key && event.key === key) store.getState().setTheme(readThemeChoice(event.newValue))
  }
  win.addEventListener('storage', onStorage)
  return () => {
    unsubscribe()
    win.removeEventListener('storage', onStorage)
  }
}
