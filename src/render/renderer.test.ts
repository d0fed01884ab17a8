import { describe, expect, test, vi } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { testRenderer } from './test-helpers.ts'

/** Wait until the renderer's store has the deck's CSS in `theme`. */
async function themed(renderer: ReturnType<typeof testRenderer>, theme: string) {
  await vi.waitFor(() => expect(renderer.store.getState().themed?.theme).toBe(theme))
}

describe('renderer: a deck shown in another theme', () => {
  test('should show a deck in the chosen theme, and in its own again with null', async () => {
    const renderer = testRenderer()
    const deck = parseDeck('---\ntheme: gaia\nstyle: "section { letter-spacing: 3px }"\n---\n\n# One')
    const own = renderer.shown(deck, null, null)
    renderer.buildTheme(deck, 'uncover')
    await themed(renderer, 'uncover')
    const shown = renderer.shown(deck, 'uncover', renderer.store.getState().themed)
    expect(shown.theme.name).toBe('uncover')
    expect(shown.css).not.toBe(own.css)
    // The deck's own styles still apply on top of the chosen theme.
    expect(shown.css).toContain('letter-spacing: 3px')
    expect(renderer.shown(deck, null, renderer.store.getState().themed)).toBe(own)
  })

  test('should keep the deck’s own theme choice, so an unknown theme is still reported', async () => {
    const renderer = testRenderer()
    const deck = parseDeck('---\ntheme: no_such_theme\n---\n\n# One')
    renderer.buildTheme(deck, 'am_red')
    await themed(renderer, 'am_red')
    expect(renderer.shown(deck, 'am_red', renderer.store.getState().themed).theme).toMatchObject({
      name: 'am_red',
      unknown: false,
    })
    expect(renderer.deck(deck).theme).toMatchObject({ name: 'default', requested: 'no_such_theme', unknown: true })
  })

  test('should let the latest choice win when choices overlap', async () => {
    const renderer = testRenderer()
    const deck = parseDeck('# One')
    renderer.buildTheme(deck, 'gaia')
    renderer.buildTheme(deck, 'am_green')
    await themed(renderer, 'am_green')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(renderer.store.getState().themed?.theme).toBe('am_green')
  })

  test('should show the deck’s own CSS until the chosen theme is built', () => {
    const renderer = testRenderer()
    const deck = parseDeck('# One')
    expect(renderer.shown(deck, 'gaia', null)).toBe(renderer.deck(deck))
  })
})

describe('renderer: decks prepared ahead', () => {
  test('should render an adopted slide from its prepared tree, without the pipeline', () => {
    const deck = parseDeck('# One')
    const renderer = testRenderer()
    const body = { type: 'root' as const, children: [{ type: 'text' as const, value: 'prepared' }] }
    renderer.adopt(deck, { ...renderer.deck(deck), slides: [{ body, header: null, footer: null }] })
    expect(renderer.slide(deck.slides[0]!).body).toBe(body)
  })
})
