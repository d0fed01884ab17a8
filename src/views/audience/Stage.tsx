/** The slide area: the current slide and its neighbours, letterboxed, and the black/white cover. */
import { useDeferredValue, useEffect, useRef } from 'react'
import type { Deck } from '../../deck/index.ts'
import { useRenderer, useRenderState } from '../../render/index.ts'
import { slideTitle, useActions, useAppState, useAppStore } from '../../state/index.ts'
import { fitBox, ScaledSlide, ShownDeckRoot, useElementSize, useMessages } from '../../ui/index.ts'
import { usePointerNavigation } from './use-pointer-navigation.ts'
import { useShownPosition } from './use-shown-position.ts'

/** Props of {@link Stage}. */
export interface StageProps {
  deck: Deck
}

/** While the browser is idle, prepare the slides one step beyond the mounted ones, so a key press only mounts. */
function usePrewarm(deck: Deck, slideIndex: number) {
  const renderer = useRenderer()
  const stages = useRenderState((state) => state.stages)
  useEffect(() => {
    const ahead = [slideIndex + 2, slideIndex - 2, slideIndex + 3].flatMap((index) => deck.slides[index] ?? [])
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const handle = idle(() => renderer.prewarm(ahead))
    return () => cancel(handle)
  }, [deck, slideIndex, renderer, stages])
}

/**
 * The stage. Only the current slide and its two neighbours are mounted, so
 * long decks cost no more than short ones.
 */
export function Stage({ deck }: StageProps) {
  const store = useAppStore()
  const t = useMessages()
  const cover = useAppState((state) => state.cover)
  const goTo = useActions().goTo
  const ref = useRef<HTMLElement>(null)
  const size = useElementSize(ref)
  usePointerNavigation(store, ref)
  // The store's position, once the deck's transition (if any) has started playing.
  const shown = useShownPosition(store, deck, ref)
  // A new deck shows at once (the store's position), until the hook has caught up with it.
  const { slideIndex, fragment } = shown.deck === deck ? shown : store.getState()
  usePrewarm(deck, slideIndex)

  const total = deck.slides.length
  // A key press only shows a slide that is already mounted and laid out; mounting its new
  // neighbour waits for a deferred render, after that frame is painted.
  const settled = useDeferredValue(slideIndex)
  const mounted = [...new Set([settled - 1, settled, settled + 1, slideIndex])].sort((a, b) => a - b)
  const frames = mounted.flatMap((index) => {
    const slide = deck.slides[index]
    if (!slide) return []
    const state = index === slideIndex ? 'current' : index < slideIndex ? 'previous' : 'next'
    // The previous slide waits fully revealed (where "previous" lands), the next one at step 0.
    const step = state === 'current' ? fragment : state === 'previous' ? slide.fragments : 0
    const { scale, x, y } = fitBox(size, slide)
    return [
      <ScaledSlide
        key={index}
        className="lectern-frame"
        deck={deck}
        slide={slide}
        state={state}
        fragment={step}
        label={t.slideLabel(index + 1, total, slideTitle(slide))}
        scale={scale}
        x={x}
        y={y}
        onNavigate={goTo}
        marks={state === 'current' ? 'live' : 'drawings'}
      />,
    ]
  })

  return (
    <main className="lectern-stage" ref={ref} aria-label={deck.meta.title ?? undefined}>
      <ShownDeckRoot deck={deck} className="lectern-deck">
        {frames}
      </ShownDeckRoot>
      {cover && (
        <div
          className="lectern-cover"
          data-cover={cover}
          role="img"
          aria-label={cover === 'black' ? t.blackScreen : t.whiteScreen}
        />
      )}
    </main>
  )
}
