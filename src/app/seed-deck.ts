/**
 * The bundled seed deck, prepared at build time: what the app opens without
 * `?deck=`, and falls back to. The page's first JavaScript has its first
 * slide; the rest is fetched with `import()` as the page starts and joins it
 * wherever the seed is on screen (a key pressed meanwhile waits for it:
 * `awaited` in the nav slice).
 */
import { useEffect } from 'react'
import type { Deck } from '../deck/index.ts'
import head from '../../decks/seed-bert.md?prepared-head'
import { bundledResolver } from '../load/bundled-assets.ts'
import type { Renderer } from '../render/index.ts'
import { reloadDeck, type AppStore, type OpenedDeck } from '../state/index.ts'

/** The seed deck's file name in `decks/`. */
export const seedName = 'seed-bert.md'

/** The seed deck as the page starts: its first slides, and the whole deck once the rest is in. */
export type SeedDeck = OpenedDeck & { whole: Promise<Deck> }

/**
 * The seed deck's first slides, handed to the renderer as prepared, and its
 * whole deck, loading.
 *
 * @param renderer
 *   The app's renderer.
 */
export function seedDeck(renderer: Renderer): SeedDeck {
  renderer.adopt(head.deck, head.prepared)
  const whole = head.deck.complete
    ? Promise.resolve(head.deck)
    : import('../../decks/seed-bert.md?prepared-tail').then(({ default: tail }) => {
        const deck: Deck = { ...head.deck, slides: [...head.deck.slides, ...tail.slides], complete: true }
        renderer.adopt(deck, { ...head.prepared, slides: [...head.prepared.slides, ...tail.prepared] })
        return deck
      })
  return {
    deck: head.deck,
    source: { kind: 'bundled', name: seedName },
    // Relative images, should the seed deck have any, load from the copies of `decks/` built with the app.
    assets: bundledResolver(seedName),
    whole,
  }
}

/**
 * Whether the page's hash may name a slide after the seed's first ones
 * (`#5`, or a heading's id): the slide hash then binds once the whole deck is in.
 */
export function seedHashWaits(seed: SeedDeck, hash: string): boolean {
  if (seed.deck.complete || hash === '') return false
  const number = /^#(\d+)$/.exec(hash)?.[1]
  return number === undefined || Number(number) > seed.deck.slides.length
}

/**
 * Swap the seed's whole deck in for its first slides once it is in, on the
 * same slide, whenever those are on screen (at start, or as the fallback of
 * a deck that failed to open).
 */
export function useWholeSeed(store: AppStore, seed: SeedDeck) {
  useEffect(() => {
    if (seed.deck.complete) return
    let whole: Deck | null = null
    const follow = () => {
      if (whole && store.getState().deck === seed.deck) reloadDeck(store, whole)
    }
    let live = true
    seed.whole.then(
      (deck) => {
        if (!live) return
        whole = deck
        follow()
      },
      (error: unknown) => console.error('Lectern: the rest of the seed deck could not be loaded', error),
    )
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.deck !== previous.deck) follow()
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [store, seed])
}
