/**
 * Locates the shared deck corpus (`../shared` beside the repository root).
 *
 * The decks are read-only test data owned outside this repo, so tests find
 * them relative to this file instead of copying them in.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** `../shared` beside the checkout (`LECTERN_SHARED` points elsewhere, or nowhere to try a run without it). */
export const sharedDir = process.env.LECTERN_SHARED ?? path.resolve(import.meta.dirname, '../../shared')

/** Whether `../shared` (with its decks) is beside the checkout: CI has it; a plain clone may not. */
export const hasShared = existsSync(path.join(sharedDir, 'decks'))

/**
 * The tests that read `../shared`, and why: printed once by the test runners
 * when it is missing, and those tests are skipped instead of failing on a
 * missing file.
 */
export const sharedNeeds = [
  'test/conformance.test.ts — every shared deck must read as marp-core reads it (decks/corpus, seed)',
  'test/oracle/marp-model.test.ts — the Marp oracle must reproduce the shipped reference models',
  'src/deck/edge-cases.test.ts — two cases read the seed and the Awesome demo deck',
  'e2e/awesome-overflow.spec.ts, e2e/print-pdf.spec.ts — the Awesome demo deck, laid out and printed',
] as const

/** The message for a run without `../shared`. */
export function sharedMissingMessage(): string {
  return [
    `../shared is not beside the checkout (looked for ${path.join(sharedDir, 'decks')}).`,
    'These tests need it and are skipped:',
    ...sharedNeeds.map((line) => `  - ${line}`),
    'CI has it; to run them here, put the shared folder next to this repository.',
  ].join('\n')
}

export interface SharedDeck {
  /** File name without `.md`, e.g. `10-vitaletti-marpit-first`. */
  name: string
  mdPath: string
  /** Marp's reference model for the deck (`NN-name.marp.json`). */
  jsonPath: string
}

/** Corpus decks plus the seed deck, limited to those that ship a `.marp.json`. */
export function listSharedDecks(): SharedDeck[] {
  if (!hasShared) return []
  const decksDir = path.join(sharedDir, 'decks')
  const corpusDir = path.join(decksDir, 'corpus')
  const candidates = [
    ...readdirSync(corpusDir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f) => path.join(corpusDir, f)),
    path.join(decksDir, 'seed-bert.md'),
  ]
  return candidates
    .map((mdPath) => ({
      name: path.basename(mdPath, '.md'),
      mdPath,
      jsonPath: mdPath.replace(/\.md$/, '.marp.json'),
    }))
    .filter((deck) => existsSync(deck.mdPath) && existsSync(deck.jsonPath))
}
