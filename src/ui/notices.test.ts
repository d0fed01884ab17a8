import { describe, expect, test } from 'vitest'
import { parseDeck, type Deck } from '../deck/index.ts'
import { listNotices } from './notices.ts'

/** As `resolveTheme` in src/render, with only `default` available. */
const known = (deck: Deck) => ({
  requested: deck.meta.theme,
  unknown: deck.meta.theme !== null && deck.meta.theme !== 'default',
})
const withTheme = (theme: string) => parseDeck(`---\ntheme: ${theme}\n---\n\n# A`)

describe('listNotices', () => {
  test('should tell about a theme that is not available', () => {
    const state = { deck: withTheme('am_blue'), error: null, dismissedNotices: [] }
    expect(listNotices(state, known)).toEqual([{ id: 'theme:am_blue', kind: 'unknown-theme', theme: 'am_blue' }])
  })

  test('should say nothing of an available theme or no theme', () => {
    expect(listNotices({ deck: withTheme('default'), error: null, dismissedNotices: [] }, known)).toEqual([])
    expect(listNotices({ deck: parseDeck('# A'), error: null, dismissedNotices: [] }, known)).toEqual([])
  })

  test('should tell about a failed load, with or without a fallback deck', () => {
    const error = { url: '/x.md', code: 'http', detail: '404 Not Found' } as const
    expect(listNotices({ deck: null, error, dismissedNotices: [] }, known)).toEqual([
      { id: 'load-error:/x.md', kind: 'load-error', error, fallback: false },
    ])
  })

  test('should tell what of the deck’s CSS was left out', () => {
    const state = { deck: parseDeck('# A'), error: null, dismissedNotices: [] }
    expect(listNotices(state, known, () => ({ imports: ['https://x.org/a.css'], cut: false }))).toEqual([
      { id: 'css:https://x.org/a.css:false', kind: 'css-left-out', imports: ['https://x.org/a.css'], cut: false },
    ])
    expect(listNotices(state, known, () => ({ imports: [], cut: true }))).toEqual([
      { id: 'css::true', kind: 'css-left-out', imports: [], cut: true },
    ])
  })

  test('should leave out dismissed notices', () => {
    const state = { deck: withTheme('am_blue'), error: null, dismissedNotices: ['theme:am_blue'] }
    expect(listNotices(state, known)).toEqual([])
  })
})
