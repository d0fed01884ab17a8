/**
 * Files out of a drop, a paste or a picker, with their paths: folders are
 * walked (`webkitGetAsEntry`), single files keep a file handle where the
 * browser gives one (`getAsFileSystemHandle`), for live reload.
 */
import type { BundleEntry } from './bundle.ts'

/** What a drop gave: its files and, for one dropped file, its handle. */
export interface DroppedFiles {
  entries: BundleEntry[]
  /** The name of the one dropped folder or file, when there was one. */
  name?: string
  handle?: FileSystemFileHandle
}

/** The parts of a `FileSystemEntry` we walk (a stand-in in tests). */
export interface WalkableEntry {
  isFile: boolean
  isDirectory: boolean
  name: string
  fullPath: string
  file?: (success: (file: File) => void, failure?: (error: unknown) => void) => void
  createReader?: () => {
    readEntries: (success: (entries: WalkableEntry[]) => void, failure?: (error: unknown) => void) => void
  }
}

/** Folders never part of a deck (dependencies, version control, hidden ones), not even read. */
function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/**
 * Every file under some entries, with paths relative to the drop.
 *
 * @param roots
 *   Dropped entries (files and folders).
 */
export async function walkEntries(roots: readonly WalkableEntry[]): Promise<BundleEntry[]> {
  const out: BundleEntry[] = []
  const visit = async (entry: WalkableEntry): Promise<void> => {
    if (entry.isFile && entry.file) {
      const read = entry.file.bind(entry)
      const file = await new Promise<File>((resolve, reject) => read(resolve, reject))
      out.push({ path: entry.fullPath.replace(/^\//, ''), blob: file })
    } else if (entry.isDirectory && entry.createReader && !skippedFolder(entry.name)) {
      const reader = entry.createReader()
      // `readEntries` gives at most 100 entries a call: call until it gives none.
      for (;;) {
        const batch = await new Promise<WalkableEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
        if (batch.length === 0) break
        for (const child of batch) await visit(child)
      }
    }
  }
  for (const root of roots) await visit(root)
  return out
}

/** Files picked in an `<input type=file>` (with `webkitRelativePath` for a folder). */
export function entriesFromFileList(files: Iterable<File>): BundleEntry[] {
  return [...files].map((file) => ({ path: file.webkitRelativePath || file.name, blob: file }))
}

/**
 * Read a drop. Call it inside the `drop` handler: the items are only readable
 * during the event (what it returns may resolve later).
 *
 * @param transfer
 *   The event's `dataTransfer`.
 */
export function readDataTransfer(transfer: DataTransfer): Promise<DroppedFiles> {
  const items = [...transfer.items].filter((item) => item.kind === 'file')
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null)
  const files = items.map((item) => item.getAsFile())
  const handle =
    items.length === 1 && 'getAsFileSystemHandle' in DataTransferItem.prototype
      ? (items[0] as DataTransferItem & { getAsFileSystemHandle: () => Promise<FileSystemHandle | null> })
          .getAsFileSystemHandle()
          .catch(() => null)
      : Promise.resolve(null)
  const fallback = [...transfer.files]
  return (async () => {
    const walked = entries.every((entry) => entry !== null)
      ? await walkEntries(entries as unknown as WalkableEntry[])
      : entriesFromFileList(files.filter((file): file is File => file !== null).concat(items.length ? [] : fallback))
    const single = items.length === 1 ? (entries[0]?.name ?? files[0]?.name) : undefined
    const found = await handle
    return {
      entries: walked,
      ...(single ? { name: single } : {}),
      ...(found?.kind === 'file' ? { handle: found as FileSystemFileHandle } : {}),
    }
  })()
}
