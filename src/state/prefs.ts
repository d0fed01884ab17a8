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
import type { AppStore } from './store.ts'
import { deckIdentity } from './sync.ts'
import type { DeckSource } from './types.ts'

/** localStorage key of the overflow guard setting. */
export const fitKey = 'lectern.fit'
/** localStorage key of the notes' font size. */
export const notesFontSizeKey = 'lectern.notesFontSize'
const themePrefix = 'lectern.theme.'

/**
 * The key under which a deck's chosen theme is kept: where the deck comes
 * from (its URL, bundled name or stored file), so the choice survives edits
 * of the deck; the deck's content identity when it has no source.
 */
export function themeKey(deck: Deck, source: DeckSource | null): string {
  if (!source) return themePrefix + deckIdentity(deck, null)
  switch (source.kind) {
    case 'url':
      return `${themePrefix}url:${new URL(source.url, 'http://x/').href}`
    case 'file':
      return `${themePrefix}file:${source.id}`
    default:
      return `${themePrefix}${source.kind}:${source.name}`
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
  const flag = new URLSearchParams(search).get('fit')
  if (flag !== null) return !['0', 'false', 'off', 'no'].includes(flag.toLowerCase())
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
  let key = keyOf()

  const state = store.getState()
  state.setFit(readFitSetting(win.location.search, safeGet(storage, fitKey)))
  const notes = Number(safeGet(storage, notesFontSizeKey))
  if (notes) state.changeNotesFontSize(notes - state.notesFontSize)
  if (key) state.setTheme(readThemeChoice(safeGet(storage, key)))

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.fit !== previous.fit) safeSet(storage, fitKey, state.fit ? null : '0')
    if (state.notesFontSize !== previous.notesFontSize) safeSet(storage, notesFontSizeKey, String(state.notesFontSize))
    if (state.deck !== previous.deck || state.source !== previous.source) {
      key = keyOf()
      const remembered = key ? readThemeChoice(safeGet(storage, key)) : null
      if (remembered !== state.theme) state.setTheme(remembered)
      return
    }
    if (state.theme !== previous.theme && key) safeSet(storage, key, state.theme)
  })

  const onStorage = (event: StorageEvent) => {
    if (event.key === fitKey) store.getState().setFit(event.newValue !== '0')
    else if (key && event.key === key) store.getState().setTheme(readThemeChoice(event.newValue))
  }
  win.addEventListener('storage', onStorage)
  return () => {
    unsubscribe()
    win.removeEventListener('storage', onStorage)
  }
}
