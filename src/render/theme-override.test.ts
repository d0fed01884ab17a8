import { expect, test } from 'vitest'
import { resolveTheme } from './prepared.ts'
import { openDeckText } from './preparer.ts'
import { setDeckTheme, shownDeck } from './theme-override.ts'

test('should show a deck in the chosen theme, and in its own again with null', async () => {
  const deck = openDeckText('---\ntheme: gaia\nstyle: "section { letter-spacing: 3px }"\n---\n\n# One')
  const own = shownDeck(deck).css
  await setDeckTheme(deck, 'uncover')
  expect(shownDeck(deck).theme.name).toBe('uncover')
  expect(shownDeck(deck).css).not.toBe(own)
  // The deck's own styles still apply on top of the chosen theme.
  expect(shownDeck(deck).css).toContain('letter-spacing: 3px')
  await setDeckTheme(deck, null)
  expect(shownDeck(deck).css).toBe(own)
})

test('should keep the deck’s own theme choice, so an unknown theme is still reported', async () => {
  const deck = openDeckText('---\ntheme: no_such_theme\n---\n\n# One')
  await setDeckTheme(deck, 'am_red')
  expect(shownDeck(deck).theme).toMatchObject({ name: 'am_red', unknown: false })
  expect(resolveTheme(deck)).toMatchObject({ name: 'default', requested: 'no_such_theme', unknown: true })
})

test('should let the latest choice win when choices overlap', async () => {
  const deck = openDeckText('# One')
  await Promise.all([setDeckTheme(deck, 'gaia'), setDeckTheme(deck, 'am_green')])
  expect(shownDeck(deck).theme.name).toBe('am_green')
})
