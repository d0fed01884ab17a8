/** The bundled seed deck, prepared at build time: what the app opens without `?deck=`, and falls back to. */
import seed from '../../decks/seed-bert.md?prepared'
import { bundledResolver } from '../load/bundled-decks.ts'
import type { Renderer } from '../render/index.ts'
import type { OpenedDeck } from '../state/index.ts'

/** The seed deck's file name in `decks/`. */
export const seedName = 'seed-bert.md'

/**
 * The seed deck, handed to the renderer as prepared.
 *
 * @param renderer
 *   The app's renderer.
 */
export function seedDeck(renderer: Renderer): OpenedDeck {
  renderer.adopt(seed.deck, seed.prepared)
  return {
    deck: seed.deck,
    source: { kind: 'bundled', name: seedName },
    // Relative images, should the seed deck have any, load from the copies of `decks/` built with the app.
    assets: bundledResolver(seedName),
  }
}
