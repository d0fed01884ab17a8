import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { devServerPath, watchFileHandle, type PolledHandle } from './watch.ts'

describe('devServerPath', () => {
  const base = 'http://127.0.0.1:5173/'
  test('should give the path of a deck of this site, and of a bundled deck in decks/', () => {
    expect(devServerPath({ kind: 'url', name: 'a.md', url: 'http://127.0.0.1:5173/e2e/decks/a.md' }, base)).toBe(
      '/e2e/decks/a.md',
    )
    expect(devServerPath({ kind: 'bundled', name: 'seed-bert.md' }, base)).toBe('/decks/seed-bert.md')
  })

  test('should give null for decks elsewhere, files and no deck', () => {
    expect(devServerPath({ kind: 'url', name: 'a.md', url: 'https://example.com/a.md' }, base)).toBeNull()
    expect(devServerPath({ kind: 'file', name: 'a.md', id: 'r1' }, base)).toBeNull()
    expect(devServerPath(null, base)).toBeNull()
  })
})

describe('watchFileHandle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A file handle whose file the test replaces. */
  function fakeHandle(initial: File) {
    let file = initial
    const handle: PolledHandle = { getFile: vi.fn(async () => file) }
    return { handle, write: (next: File) => void (file = next) }
  }

  test('should report a change of the file within one poll, and not the first look', async () => {
    const { handle, write } = fakeHandle(new File(['# A'], 'a.md', { lastModified: 1000 }))
    const changes: string[] = []
    const stop = watchFileHandle(handle, async (file) => void changes.push(await file.text()), 500)
    await vi.advanceTimersByTimeAsync(1200)
    expect(changes).toEqual([])
    write(new File(['# B'], 'a.md', { lastModified: 2000 }))
    await vi.advanceTimersByTimeAsync(500)
    expect(changes).toEqual(['# B'])
    await vi.advanceTimersByTimeAsync(2000)
    expect(changes).toEqual(['# B'])
    stop()
    write(new File(['# C'], 'a.md', { lastModified: 3000 }))
    await vi.advanceTimersByTimeAsync(2000)
    expect(changes).toEqual(['# B'])
  })

  test('should stop when the file can no longer be read', async () => {
    const handle: PolledHandle = {
      getFile: vi.fn(async () => Promise.reject(new DOMException('gone', 'NotFoundError'))),
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    watchFileHandle(handle, () => {}, 500)
    await vi.advanceTimersByTimeAsync(3000)
    expect(handle.getFile).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })
})
