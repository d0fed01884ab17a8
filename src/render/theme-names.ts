/**
 * Names of the themes a deck can be shown in (the theme picker), kept apart
 * from the theme registry so the page's first JavaScript holds no theme CSS.
 * A unit test keeps it equal to the registry's `builtInThemeNames`.
 */
export const pickableThemes = [
  'default',
  'gaia',
  'uncover',
  'am_blue',
  'am_green',
  'am_red',
  'am_dark',
  'am_brown',
  'am_purple',
] as const
