import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createPresenterStore, type DeckSource } from '../present/store/index.ts'
import { deckIdentity } from '../presenter-view/sync.ts'
import type { Deck } from '../deck/types.ts'
import { assetUrl, setAssetResolver } from '../render/asset-urls.ts'
import { adoptPrepared } from '../render/prepared.ts'
import { prepareWholeDeck } from '../render/preparer.ts'
import { devServerPath, reloadText, watchFileHandle, type PolledHandle } from './live-reload.ts'
import { reuseUnchangedSlides } from './reuse-slides.ts'

const text = (...slides: string[]) => slides.join('\n\n---\n\n')
const original = text(
  '# Intro\n\nHello',
  '# Method\n\n* a\n* b',
  '# Results\n\n| x | y |\n| - | - |\n| 1 | 2 |',
  '# End',
)

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

describe('reuseUnchangedSlides', () => {
  test('should keep the old slide objects where the slides did not change, even when lines moved', () => {
    const before = parseDeck(original)
    const after = parseDeck(
      text('# Intro\n\nHello\n\nand more\n\nlines', '# Method\n\n* a\n* b', '# Results edited', '# End'),
    )
    const reused = reuseUnchangedSlides(before, after)
    expect(reused.slides[0]).not.toBe(before.slides[0])
    expect(reused.slides[1]).toBe(before.slides[1])
    expect(reused.slides[2]).not.toBe(before.slides[2])
    expect(reused.slides[3]).toBe(before.slides[3])
    // The reused slide says where it now is in the file.
    expect(reused.slides[1]?.line).toBe(after.slides[1]?.line)
  })

  test('should reuse nothing after a slide inserted above (numbers and ids moved)', () => {
    const before = parseDeck(original)
    const after = parseDeck(text('# New', '# Intro\n\nHello', '# Method\n\n* a\n* b', '# Results', '# End'))
    const reused = reuseUnchangedSlides(before, after)
    expect(reused.slides.filter((slide) => before.slides.includes(slide))).toEqual([])
  })
})

describe('reloadText', () => {
  const source: DeckSource = { kind: 'url', name: 'talk.md', url: 'http://127.0.0.1:5173/talk.md' }

  test('should show the changed deck on the same slide, reusing unchanged slides', async () => {
    const deck = parseDeck(original)
    const store = createPresenterStore({ deck: { deck, source }, slideIndex: 3 })
    const shown = await reloadText(
      store,
      deck,
      text('# Intro\n\nHello', '# Method\n\n* a\n* b', '# Results\n\nNow with text', '# End\n\nThanks'),
    )
    const state = store.getState()
    expect(state.deck).toBe(shown)
    expect(state.slideIndex).toBe(3)
    expect(state.deck?.slides[3]?.headings[0]?.text).toBe('End')
    expect(state.deck?.slides[0]).toBe(deck.slides[0])
    expect(state.deck?.slides[1]).toBe(deck.slides[1])
    expect(state.deck?.slides[3]).not.toBe(deck.slides[3])
  })

  test('should keep the heading on screen when slides are inserted above, and agree with a fresh parse for sync', async () => {
    const deck = parseDeck(original)
    const store = createPresenterStore({ deck: { deck, source }, slideIndex: 2 })
    const changed = text(
      '# Intro\n\nHello',
      '# Inserted',
      '# Method\n\n* a\n* b',
      '# Results\n\n| x | y |\n| - | - |\n| 1 | 2 |',
      '# End',
    )
    await reloadText(store, deck, changed)
    const state = store.getState()
    expect(state.slideIndex).toBe(3)
    expect(state.deck?.slides[3]?.headings[0]?.text).toBe('Results')
    // Another window that parses the new text itself computes the same deck identity.
    expect(deckIdentity(state.deck!, source)).toBe(deckIdentity(parseDeck(changed), source))
  })

  test('should keep resolving images as the first deck did', async () => {
    const deck = parseDeck(original)
    setAssetResolver(deck, (url) => `blob:${url}`)
    const store = createPresenterStore({ deck: { deck, source } })
    const first = await reloadText(store, deck, `${original}\n\nmore`)
    const second = await reloadText(store, first!, `${original}\n\nmore again`)
    expect(assetUrl(second, 'images/a.png')).toBe('blob:images/a.png')
  })

  test('should reuse the slides of a deck prepared at build time that did not change', async () => {
    const bundled = prepareWholeDeck(original) as unknown as {
      deck: Deck
      prepared: Parameters<typeof adoptPrepared>[1]
    }
    adoptPrepared(bundled.deck, bundled.prepared)
    const store = createPresenterStore({
      deck: { deck: bundled.deck, source: { kind: 'bundled', name: 'talk.md' } },
      slideIndex: 1,
    })
    await reloadText(store, bundled.deck, original.replace('# End', '# The end'))
    const slides = store.getState().deck!.slides
    slides.slice(0, 3).forEach((slide, index) => expect(slide).toBe(bundled.deck.slides[index]))
    expect(slides[3]).not.toBe(bundled.deck.slides[3])
    expect(slides[3]?.headings[0]?.text).toBe('The end')
  })

  test('should not replace a deck that is no longer on screen', async () => {
    const deck = parseDeck(original)
    const other = parseDeck('# Other')
    const store = createPresenterStore({ deck: { deck: other, source } })
    expect(await reloadText(store, deck, original)).toBeNull()
    expect(store.getState().deck).toBe(other)
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
