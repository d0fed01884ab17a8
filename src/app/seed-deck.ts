/** The bundled seed deck, parsed once: what the app opens without `?deck=`, and falls back to. */
import seedText from '../../decks/seed-bert.md?raw'
import { parseDeck, type Deck } from '../deck/index.ts'
import type { DeckSource } from '../present/index.ts'

export const seedDeck: { deck: Deck; source: DeckSource } = {
  deck: parseDeck(seedText),
  source: { kind: 'bundled', name: 'seed-bert.md' },
}
