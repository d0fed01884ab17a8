import { beforeEach, describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import {
  bindDisplayPrefs,
  fitKey,
  notesFontSizeKey,
  readFitSetting,
  readThemeChoice,
  themeKey,
  type PrefsWindow,
} from './prefs.ts'
import { createAppStore, type DeckSource } from './index.ts'

const deckA = parseDeck('---\ntheme: am_blue\n---\n\n# A\n\n---\n\n# A2')
const deckB = parseDeck('# B\n\n---\n\n# B2')
const sourceA: DeckSource = { kind: 'url', name: 'a.md', url: 'https://example.org/a.md' }
const sourceB: DeckSource = { kind: 'url', name: 'b.md', url: 'https://example.org/b.md' }

/** A window with a Map for localStorage and `storage` listeners to fire by hand. */
class FakeWindow implements PrefsWindow {
  items = new Map<string, string>()
  listeners = new Set<(event: StorageEvent) => void>()
  location: { search: string }
  localStorage = {
    getItem: (key: string) => this.items.get(key) ?? null,
    setItem: (key: string, value: string) => void this.items.set(key, value),
    removeItem: (key: string) => void this.items.delete(key),
  }
  constructor(search = '') {
    this.location = { search }
  }
  addEventListener(_type: 'storage', listener: (event: StorageEvent) => void) {
    this.listeners.add(listener)
  }
  removeEventListener(_type: 'storage', listener: (event: StorageEvent) => void) {
    this.listeners.delete(listener)
  }
  /** Another window of the same origin wrote to storage. */
  fire(key: string, newValue: string | null) {
    for (const listener of this.listeners) listener({ key, newValue } as StorageEvent)
  }
}

let win: FakeWindow
beforeEach(() => {
  win = new FakeWindow()
})

describe('readFitSetting', () => {
  test('should be on unless stored off', () => {
    expect(readFitSetting('', null)).toBe(true)
    expect(readFitSetting('', '0')).toBe(false)
  })

  test('should let ?fit= win over the stored setting', () => {
    expect(readFitSetting('?fit=0', null)).toBe(false)
    expect(readFitSetting('?deck=x.md&fit=off', null)).toBe(false)
    expect(readFitSetting('?fit=1', '0')).toBe(true)
  })
})

test('readThemeChoice should keep only themes the picker offers', () => {
  expect(readThemeChoice('am_red')).toBe('am_red')
  expect(readThemeChoice('no_such_theme')).toBeNull()
  expect(readThemeChoice(null)).toBeNull()
})

describe('bindDisplayPrefs', () => {
  test('should remember the chosen theme per deck, each deck keeping its own', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    const stop = bindDisplayPrefs(store, win)
    store.getState().setTheme('am_red')
    expect(win.items.get(themeKey(deckA, sourceA))).toBe('am_red')

    store.getState().openDeck(deckB, sourceB)
    expect(store.getState().theme).toBeNull()
    store.getState().setTheme('gaia')

    store.getState().openDeck(deckA, sourceA)
    expect(store.getState().theme).toBe('am_red')
    store.getState().openDeck(deckB, sourceB)
    expect(store.getState().theme).toBe('gaia')
    stop()
  })

  test('should keep the choice when the deck is edited and reloaded from the same place', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(store, win)
    store.getState().setTheme('am_purple')
    const edited = parseDeck('---\ntheme: am_blue\n---\n\n# A, edited\n\n---\n\n# A2\n\n---\n\n# A3')
    store.getState().openDeck(edited, sourceA)
    expect(store.getState().theme).toBe('am_purple')
  })

  test('should read the remembered theme when a window opens the deck (reload, presenter window)', () => {
    win.items.set(themeKey(deckA, sourceA), 'am_green')
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(store, win)
    expect(store.getState().theme).toBe('am_green')
  })

  test('should forget the choice when the deck’s own theme is picked again', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(store, win)
    store.getState().setTheme('am_red')
    store.getState().setTheme(null)
    expect(win.items.has(themeKey(deckA, sourceA))).toBe(false)
  })

  test('should follow a theme chosen in another window of the same deck only', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(store, win)
    win.fire(themeKey(deckB, sourceB), 'am_dark')
    expect(store.getState().theme).toBeNull()
    win.fire(themeKey(deckA, sourceA), 'am_dark')
    expect(store.getState().theme).toBe('am_dark')
  })

  test('should remember the overflow guard switched off, and take ?fit=0 without storing it', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(store, win)
    expect(store.getState().fit).toBe(true)
    store.getState().setFit(false)
    expect(win.items.get(fitKey)).toBe('0')

    const flagged = new FakeWindow('?fit=0')
    const other = createAppStore({ deck: { deck: deckA, source: sourceA } })
    bindDisplayPrefs(other, flagged)
    expect(other.getState().fit).toBe(false)
    expect(flagged.items.has(fitKey)).toBe(false)
  })

  test('should remember the notes’ size for every window, and start the notes view larger', () => {
    const store = createAppStore({ deck: { deck: deckA, source: sourceA }, role: 'presenter' })
    bindDisplayPrefs(store, win)
    expect(store.getState().notesFontSize).toBe(22)
    store.getState().changeNotesFontSize(4)
    expect(win.items.get(notesFontSizeKey)).toBe('26')
    expect(createAppStore({ role: 'notes' }).getState().notesFontSize).toBe(30)
    const other = createAppStore({ deck: { deck: deckA, source: sourceA }, role: 'notes' })
    bindDisplayPrefs(other, win)
    expect(other.getState().notesFontSize).toBe(26)
  })
})
