/**
 * The deck container and its CSS, as prepared (see prepared.ts).
 */
import { useMemo, type ComponentProps } from 'react'
import type { Deck } from '../deck/types.ts'
import { assetCssValue } from './asset-urls.ts'
import { useShownDeck } from './theme-override.ts'

/**
 * The deck's CSS as a `<style>` element. Place it inside a
 * `[data-lectern-deck]` element that holds the slides, or use `DeckRoot`.
 *
 * @param props.deck
 *   The deck.
 */
export function DeckStyle({ deck }: { deck: Deck }) {
  const { css } = useShownDeck(deck)
  // Relative url()s in the deck's CSS load from beside the deck (its URL, or its dropped files).
  const resolved = useMemo(() => assetCssValue(deck, css), [deck, css])
  return <style data-lectern-deck-style="">{resolved}</style>
}

export interface DeckRootProps extends ComponentProps<'div'> {
  /** The deck whose slides are inside. */
  deck: Deck
}

/**
 * The container of a deck's slides: `<div data-lectern-deck data-theme=…>`
 * with the deck's CSS. Put `SlideView`s anywhere inside.
 *
 * @param props
 *   `deck`, and any `div` props.
 */
export function DeckRoot({ deck, children, ...props }: DeckRootProps) {
  return (
    <div {...props} data-lectern-deck="" data-theme={useShownDeck(deck).theme.name}>
      <DeckStyle deck={deck} />
      {children}
    </div>
  )
}
