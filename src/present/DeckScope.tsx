/**
 * The element slides of one deck sit in, where the deck's CSS applies.
 *
 * Notes: a plain `<div data-lectern-deck>` until `src/render` exports its
 * wrapper with the deck's theme CSS; then this becomes that wrapper.
 */
import type { ReactNode } from 'react'
import type { Deck } from '../deck/index.ts'

/** Props of {@link DeckScope}. */
export interface DeckScopeProps {
  deck: Deck
  className?: string
  children: ReactNode
}

/** Wrap slides of a deck. */
export function DeckScope({ deck, className, children }: DeckScopeProps) {
  return (
    <div data-lectern-deck="" data-theme={deck.meta.theme ?? 'default'} className={className} lang={deck.meta.lang ?? undefined}>
      {children}
    </div>
  )
}
