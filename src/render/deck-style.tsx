/**
 * The deck container: `<div data-lectern-deck data-theme=…>` with the deck's
 * CSS, and what the slides inside need to know of how the deck is shown
 * (the theme, the overflow guard, where its files are).
 */
import { useEffect, useMemo, type ComponentProps } from 'react'
import type { Deck } from '../deck/index.ts'
import { assetCssValue, type AssetResolver } from './asset-urls.ts'
import { useRenderer, useRenderState } from './context.tsx'
import { ShownDeckContext } from './shown-deck.ts'

export interface DeckRootProps extends ComponentProps<'div'> {
  /** The deck whose slides are inside. */
  deck: Deck
  /** A theme to show the deck in instead of its own (the theme picker), or null (default). */
  theme?: string | null
  /** Whether overflowing slides are shrunk to fit (default true). */
  fit?: boolean
  /** Where the deck's relative URLs load from (default: as written). */
  assets?: AssetResolver | null
}

/**
 * The container of a deck's slides, with the deck's CSS. Put `SlideView`s
 * anywhere inside.
 *
 * @param props
 *   The deck, how it is shown, and any `div` props.
 */
export function DeckRoot({ deck, theme = null, fit = true, assets = null, children, ...props }: DeckRootProps) {
  const renderer = useRenderer()
  const themed = useRenderState((state) => state.themed)
  useEffect(() => renderer.buildTheme(deck, theme), [renderer, deck, theme])
  const prepared = renderer.shown(deck, theme, themed)
  const shown = useMemo(() => ({ deck, prepared, assets, fit }), [deck, prepared, assets, fit])
  // Relative url()s in the deck's CSS load from beside the deck (its URL, or its dropped files).
  const css = useMemo(() => assetCssValue(assets, prepared.css), [assets, prepared.css])
  return (
    <div {...props} data-lectern-deck={prepared.sheet ?? ''} data-theme={prepared.theme.name}>
      <style data-lectern-deck-style="">{css}</style>
      <ShownDeckContext value={shown}>{children}</ShownDeckContext>
    </div>
  )
}
