/**
 * Drawings kept in the browser (IndexedDB), per deck — by where the deck
 * comes from, as the theme choice is — so they survive a reload and show in
 * every window of the deck that opens later. Saved a moment after each change.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import * as v from 'valibot'
import type { AppStore } from './store.ts'
import { deckKey } from './prefs.ts'
import { strokesSchema } from './sync-messages.ts'

/** How long after a change the drawings are saved (ms). */
const saveDelay = 300

/** The drawings' database, opened once per binding (IndexedDB may be off: then nothing is kept). */
function openStore(): UseStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : createStore('lectern-drawings', 'drawings')
  } catch {
    return null
  }
}

/**
 * Keep the open deck's drawings in IndexedDB.
 *
 * @param store
 *   The app's store.
 * @returns
 *   A function that stops the binding (a pending save is written first).
 */
export function bindDrawings(store: AppStore): () => void {
  const db = openStore()
  if (!db) return () => {}
  let key: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: (() => void) | null = null
  /** True while the binding itself replaces the strokes (a deck opened, drawings loaded): nothing to save. */
  let quiet = false
  const replace = (strokes: Parameters<ReturnType<AppStore['getState']>['setAllStrokes']>[0]) => {
    quiet = true
    try {
      store.getState().setAllStrokes(strokes)
    } finally {
      quiet = false
    }
  }

  const load = () => {
    const { deck, source } = store.getState()
    key = deck ? deckKey(deck, source) : null
    const loading = key
    if (!loading) return
    get(loading, db).then(
      (value: unknown) => {
        // Kept drawings are checked like any message: another version, or a broken entry, is dropped.
        const parsed = v.safeParse(strokesSchema, value)
        if (key === loading && parsed.success && Object.keys(store.getState().strokes).length === 0) {
          replace(parsed.output)
        }
      },
      () => {},
    )
  }
  const save = () => {
    pending = null
    const { strokes } = store.getState()
    if (!key) return
    const kept = Object.fromEntries(Object.entries(strokes).filter(([, list]) => list.length > 0))
    void (Object.keys(kept).length ? set(key, kept, db) : del(key, db)).catch(() => {})
  }

  load()
  const unsubscribe = store.subscribe((state, previous) => {
    if (quiet) return
    if (state.deck !== previous.deck && state.source !== previous.source) {
      clearTimeout(timer)
      pending?.()
      replace({})
      return load()
    }
    if (state.strokes === previous.strokes) return
    clearTimeout(timer)
    pending = save
    timer = setTimeout(save, saveDelay)
  })
  return () => {
    unsubscribe()
    clearTimeout(timer)
    pending?.()
  }
}
