/**
 * How much CSS the scoper takes from one deck (clean-css.ts), in a module of
 * its own so that the notice naming the limits loads no CSS parser.
 */

/** Blocks nested deeper than this are left out: no theme nests so deep, and flattening costs depth². */
export const maxNestingDepth = 8

/**
 * Rules past this many in one sheet, or in all the CSS of one deck, are left
 * out; the Awesome template, the largest built-in theme, has ~220.
 */
export const maxRules = 5_000

/** Characters of CSS read from one sheet, or from all the CSS of one deck; the Awesome template has ~37,000. */
export const maxCharacters = 1_000_000

/**
 * What may still be scoped: one budget for a sheet, or one shared by all the
 * CSS of a deck, so that its scoping time is bounded whatever it holds.
 */
export interface CssBudget {
  rules: number
  characters: number
}

/** A full budget. */
export function cssBudget(): CssBudget {
  return { rules: maxRules, characters: maxCharacters }
}
