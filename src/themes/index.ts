/**
 * Theme registry. CONTRACT (kept stable for src/render and src/present);
 * the built-in themes' CSS and the Marp CSS scoper are being written.
 */

/** Names of the themes that ship with Lectern. */
export const builtInThemeNames = ['default', 'gaia', 'uncover'] as const

/** Whether a theme of this name is available (built in, or registered later). */
export function hasTheme(name: string): boolean {
  return (builtInThemeNames as readonly string[]).includes(name)
}
