import { expect, test } from 'vitest'
import { builtInThemeNames } from '../themes/registry.ts'
import { pickableThemes } from './theme-names.ts'

test('the theme picker should offer exactly the themes Lectern ships', () => {
  expect([...pickableThemes]).toEqual([...builtInThemeNames])
})
