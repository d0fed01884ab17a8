/**
 * Recent decks, kept in IndexedDB with everything that was dropped with them
 * (images, themes) and the file handle when there was one, so a reload or a
 * second window (`?recent=ID`) opens the same deck.
 */
import { createStore, del, delMany, get, set, type UseStore } from 'idb-keyval'
import type { BundleEntry } from './bundle.ts'

/** A recent deck, as the start screen lists it. */
export interface RecentDeck {
  id: string
  /** The deck file's name (`talk.md`). */
  name: string
  /** The deck's title, or null. */
  title: string | null
  /** When it was last opened (ms since the epoch). */
  openedAt: number
}

/** What is stored to open a recent deck again. */
export interface StoredDeck {
  /** The bundle's name. */
  bundleName: string
  /** The deck's path among the files. */
  deckPath: string
  files: BundleEntry[]
  handle?: FileSystemFileHandle
}

/** How many recent decks are kept. */
export const maxRecentDecks = 12

/** Files larger than this are not stored (the deck still opens, without them after a reload). */
const maxStoredFile = 32 * 1024 * 1024

let database: UseStore | null = null
const db = () => (database ??= createStore('lectern-recent', 'decks'))
const indexKey = 'index'
const deckKey = (id: string) => `deck:${id}`

/** The recent decks, most recent first. */
export async function listRecentDecks(): Promise<RecentDeck[]> {
  return (await get<RecentDeck[]>(indexKey, db())) ?? []
}

/** A stored deck, or undefined when it is gone. */
export async function readRecentDeck(id: string): Promise<StoredDeck | undefined> {
  return get<StoredDeck>(deckKey(id), db())
}

/**
 * Store a deck as the most recent one (replacing an entry of the same id or
 * the same file name).
 *
 * @param recent
 *   Its entry.
 * @param stored
 *   What to store; `undefined` to keep what is stored under this id.
 */
export async function saveRecentDeck(recent: RecentDeck, stored?: StoredDeck): Promise<void> {
  if (stored) {
    const files = stored.files.filter((file) => file.blob.size <= maxStoredFile)
    await set(deckKey(recent.id), { ...stored, files }, db())
  }
  const previous = await listRecentDecks()
  const replaced = previous.filter((entry) => entry.id === recent.id || entry.name === recent.name)
  const kept = previous.filter((entry) => !replaced.includes(entry))
  const next = [recent, ...kept].slice(0, maxRecentDecks)
  const dropped = [...replaced.filter((entry) => entry.id !== recent.id), ...kept.slice(maxRecentDecks - 1)]
  await set(indexKey, next, db())
  if (dropped.length)
    await delMany(
      dropped.map((entry) => deckKey(entry.id)),
      db(),
    )
}

/** Forget every recent deck. */
export async function clearRecentDecks(): Promise<void> {
  const previous = await listRecentDecks()
  await delMany(
    previous.map((entry) => deckKey(entry.id)),
    db(),
  )
  await del(indexKey, db())
}

/** A new id for a recent deck: short, URL-safe. */
export function newRecentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6))
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
