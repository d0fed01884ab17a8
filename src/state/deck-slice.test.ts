import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, type DeckLoadError, type DeckSource } from './index.ts'

const deck = parseDeck('# One\n\n---\n\n# Two\n\n---\n\n# Three')
const source: DeckSource = { kind: 'file', name: 'talk.md', id: 'abc' }
const refused: DeckLoadError = { url: 'photo.png', code: 'not-markdown', detail: 'image', origin: 'file' }

describe('deck slice: opening files', () => {
  test('a failed file load without a fallback keeps the deck and the slide', () => {
    const store = createAppStore({ deck: { deck, source }, slideIndex: 2 })
    store.getState().failLoading(refused)
    const state = store.getState()
    expect(state.deck).toBe(deck)
    expect(state.source).toEqual(source)
    expect(state.slideIndex).toBe(2)
    expect(state.error).toEqual(refused)
  })

  test('the same failure after its message was dismissed is shown again', () => {
    const store = createAppStore({ deck: { deck, source } })
    store.getState().failLoading(refused)
    store.getState().dismissNotice('load-error:photo.png')
    store.getState().dismissNotice('theme:gaia')
    store.getState().failLoading(refused)
    expect(store.getState().dismissedNotices).toEqual(['theme:gaia'])
  })

  test('opening a deck closes the start screen and clears the error', () => {
    const store = createAppStore({ deck: { deck, source } })
    store.getState().setStartScreen(true)
    store.getState().failLoading(refused)
    expect(store.getState().startScreen).toBe(true)
    store.getState().openDeck(deck, { kind: 'bundled', name: 'seed-bert.md' })
    expect(store.getState().startScreen).toBe(false)
    expect(store.getState().error).toBeNull()
  })
})
