import { afterEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createRenderer } from '../render/index.ts'
import { preparer } from '../render/preparer.ts'
import { createAppStore } from './index.ts'

/** The file on "disk", behind a fake file handle stored with the recent deck. */
let file = new File(['# One\n\n---\n\n# Two'], 'talk.md', { lastModified: 1 })
const handle = { getFile: async () => file }
vi.mock('../load/recent-decks.ts', () => ({
  readRecentDeck: async (id: string) =>
    id === 'r1' ? { bundleName: 'talk.md', deckPath: 'talk.md', files: [], handle } : undefined,
}))

// The app parses in a worker; here the engine runs in the test's own thread.
vi.mock('../load/worker-parser.ts', async () => {
  const { createDeckParser } = await import('../deck/index.ts')
  return {
    createWorkerParser: () => {
      const parser = createDeckParser()
      return {
        parse: (text: string) => {
          const deck = Promise.resolve(parser.parse(text))
          return { first: deck, whole: deck }
        },
        warm: () => {},
        dispose: () => {},
      }
    },
  }
})

const { bindLiveReload } = await import('./live-reload.ts')

afterEach(() => {
  vi.useRealTimers()
})

describe('bindLiveReload with a file handle', () => {
  test('should show the file’s new text within a second, on the same slide, and stop when asked', async () => {
    vi.useFakeTimers()
    const store = createAppStore({
      deck: { deck: parseDeck(await file.text()), source: { kind: 'file', name: 'talk.md', id: 'r1' } },
      slideIndex: 1,
    })
    const stop = bindLiveReload(store, createRenderer(store, { preparer }), undefined)
    await vi.advanceTimersByTimeAsync(600)

    file = new File(['# One\n\n---\n\n# Inserted\n\n---\n\n# Two\n\nEdited'], 'talk.md', { lastModified: 2 })
    await vi.advanceTimersByTimeAsync(1000)
    await vi.waitFor(() => expect(store.getState().deck?.slides).toHaveLength(3))
    expect(store.getState().slideIndex).toBe(2)
    expect(store.getState().deck?.slides[2]?.headings[0]?.text).toBe('Two')

    stop()
    const shown = store.getState().deck
    file = new File(['# Gone'], 'talk.md', { lastModified: 3 })
    await vi.advanceTimersByTimeAsync(2000)
    expect(store.getState().deck).toBe(shown)
  })
})
