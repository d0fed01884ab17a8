/**
 * Locates the shared deck corpus (`../shared` beside the repository root).
 *
 * The decks are read-only test data owned outside this repo, so tests find
 * them relative to this file instead of copying them in.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

export const sharedDir = path.resolve(import.meta.dirname, '../../shared')

export interface SharedDeck {
  /** File name without `.md`, e.g. `10-vitaletti-marpit-first`. */
  name: string
  mdPath: string
  /** Marp's reference model for the deck (`NN-name.marp.json`). */
  jsonPath: string
}

/** Corpus decks plus the seed deck, limited to those that ship a `.marp.json`. */
export function listSharedDecks(): SharedDeck[] {
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
