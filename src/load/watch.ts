/**
 * Watching a deck's source for changes: the dev server's event for decks it
 * serves, and polling a file handle (File System Access API) for picked or
 * dropped files. What to do on a change is the app's (state/live-reload.ts).
 */
import type { DeckSource } from './types.ts'

/** The dev server's event (scripts/vite-plugin-live-decks.ts). */
export const deckChangedEvent = 'lectern:deck-changed'

/** How often a file handle is looked at. */
export const pollMs = 500

/**
 * The URL path the dev server reports for a deck's file, or null when the
 * deck is not a file of this site: a URL deck of this origin, or a bundled
 * deck (`decks/NAME`).
 *
 * @param source
 *   The open deck's source.
 * @param base
 *   The page's base URL (`document.baseURI`).
 */
export function devServerPath(source: DeckSource | null, base: string): string | null {
  if (!source) return null
  if (source.kind === 'bundled') return new URL(`decks/${source.name}`, base).pathname
  if (source.kind !== 'url') return null
  const url = new URL(source.url, base)
  return url.origin === new URL(base).origin ? url.pathname : null
}

/** The part of a file handle polling needs (a `FileSystemFileHandle`). */
export interface PolledHandle {
  getFile(): Promise<File>
}

/**
 * Call `onChange` with the file each time its `lastModified` (or size)
 * changes, looking every `intervalMs`. The first look only records it.
 * Stops by itself when the file can no longer be read (gone, or permission
 * withdrawn).
 *
 * @returns
 *   Stops watching.
 */
export function watchFileHandle(
  handle: PolledHandle,
  onChange: (file: File) => void | Promise<void>,
  intervalMs = pollMs,
): () => void {
  let stopped = false
  let seen: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const look = async () => {
    if (stopped) return
    try {
      const file = await handle.getFile()
      const stamp = `${file.lastModified}:${file.size}`
      if (seen !== null && stamp !== seen && !stopped) await onChange(file)
      seen = stamp
    } catch (error) {
      console.warn('Lectern: stopped watching the deck file', error)
      return
    }
    if (!stopped) timer = setTimeout(look, intervalMs)
  }
  void look()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
