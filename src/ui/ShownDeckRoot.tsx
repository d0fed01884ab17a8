/** The deck container as the app shows it: in the chosen theme, with the overflow guard as set and the deck's files. */
import type { DeckRootProps } from '../render/index.ts'
import { DeckRoot } from '../render/index.ts'
import { useAppState } from '../state/index.ts'

/** Props of {@link ShownDeckRoot}: those of `DeckRoot`, less what comes from the store. */
export type ShownDeckRootProps = Omit<DeckRootProps, 'theme' | 'fit' | 'assets'>

/**
 * `DeckRoot` with the store's theme choice, overflow guard and asset resolver,
 * and the deck's language.
 */
export function ShownDeckRoot(props: ShownDeckRootProps) {
  const theme = useAppState((state) => state.theme)
  const fit = useAppState((state) => state.fit)
  const assets = useAppState((state) => state.assets)
  return <DeckRoot lang={props.deck.meta.lang ?? undefined} {...props} theme={theme} fit={fit} assets={assets} />
}
