/** The bundled seed deck, prepared at build time: what the app opens without `?deck=`, and falls back to. */
import seed from '../../decks/seed-bert.md?prepared'
import type { Deck } from '../deck/types.ts'
import type { DeckSource } from '../present/index.ts'
import { adoptPrepared } from '../render/index.ts'
import { setAssetResolver } from '../render/asset-urls.ts'
import { bundledResolver } from '../load/bundled-decks.ts'

adoptPrepared(seed.deck, seed.prepared)
// Relative images, should the seed deck have any, load from the copies of `decks/` built with the app.
setAssetResolver(seed.deck, bundledResolver('seed-bert.md'))

export const seedDeck: { deck: Deck; source: DeckSource } = {
  deck: seed.deck,
  source: { kind: 'bundled', name: 'seed-bert.md' },
}
