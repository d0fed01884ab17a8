/** The bundled seed deck, prepared at build time: what the app opens without `?deck=`, and falls back to. */
import seed from '../../decks/seed-bert.md?prepared'
import type { Deck } from '../deck/types.ts'
import type { DeckSource } from '../present/index.ts'
import { adoptPrepared } from '../render/index.ts'

adoptPrepared(seed.deck, seed.prepared)

export const seedDeck: { deck: Deck; source: DeckSource } = {
  deck: seed.deck,
  source: { kind: 'bundled', name: 'seed-bert.md' },
}
