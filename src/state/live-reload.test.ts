import { describe, expect, test } from 'vitest'
import { createDeckParser, parseDeck, type Deck } from '../deck/index.ts'
import { createRenderer, type PreparedWhole, type Renderer } from '../render/index.ts'
import { prepareWholeDeck, preparer } from '../render/preparer.ts'
import { createAppStore, deckIdentity, type AppStore, type DeckSource } from './index.ts'
import { reloadText } from './live-reload.ts'

const text = (...slides: string[]) => slides.join('\n\n---\n\n')
const original = text(
  '# Intro\n\nHello',
  '# Method\n\n* a\n* b',
  '# Results\n\n| x | y |\n| - | - |\n| 1 | 2 |',
  '# End',
)

/** Reload as live reload does, with a renderer that prepares decks as they are shown. */
function reload(
  store: AppStore,
  previous: Deck,
  changed: string,
  renderer: Renderer = createRenderer(store, { preparer }),
) {
  return reloadText(store, renderer, createDeckParser(), previous, changed)
}

describe('reloadText', () => {
  const source: DeckSource = { kind: 'url', name: 'talk.md', url: 'http://127.0.0.1:5173/talk.md' }

  test('should show the changed deck on the same slide, reusing unchanged slides', async () => {
    const deck = parseDeck(original)
    const store = createAppStore({ deck: { deck, source }, slideIndex: 3 })
    const shown = await reload(
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
    const store = createAppStore({ deck: { deck, source }, slideIndex: 2 })
    const changed = text(
      '# Intro\n\nHello',
      '# Inserted',
      '# Method\n\n* a\n* b',
      '# Results\n\n| x | y |\n| - | - |\n| 1 | 2 |',
      '# End',
    )
    await reload(store, deck, changed)
    const state = store.getState()
    expect(state.slideIndex).toBe(3)
    expect(state.deck?.slides[3]?.headings[0]?.text).toBe('Results')
    // Another window that parses the new text itself computes the same deck identity.
    expect(deckIdentity(state.deck!, source)).toBe(deckIdentity(parseDeck(changed), source))
  })

  test('should keep resolving images as the first deck did', async () => {
    const deck = parseDeck(original)
    const assets = (url: string) => `blob:${url}`
    const store = createAppStore({ deck: { deck, source, assets } })
    const first = await reload(store, deck, `${original}\n\nmore`)
    await reload(store, first!, `${original}\n\nmore again`)
    expect(store.getState().assets).toBe(assets)
  })

  test('should reuse the slides of a deck prepared at build time that did not change', async () => {
    const bundled = prepareWholeDeck(original) as unknown as { deck: Deck; prepared: PreparedWhole }
    const store = createAppStore({
      deck: { deck: bundled.deck, source: { kind: 'bundled', name: 'talk.md' } },
      slideIndex: 1,
    })
    const renderer = createRenderer(store, { preparer })
    renderer.adopt(bundled.deck, bundled.prepared)
    await reload(store, bundled.deck, original.replace('# End', '# The end'), renderer)
    const slides = store.getState().deck!.slides
    slides.slice(0, 3).forEach((slide, index) => expect(slide).toBe(bundled.deck.slides[index]))
    expect(slides[3]).not.toBe(bundled.deck.slides[3])
    expect(slides[3]?.headings[0]?.text).toBe('The end')
  })

  test('should not replace a deck that is no longer on screen', async () => {
    const deck = parseDeck(original)
    const other = parseDeck('# Other')
    const store = createAppStore({ deck: { deck: other, source } })
    expect(await reload(store, deck, original)).toBeNull()
    expect(store.getState().deck).toBe(other)
  })
})
