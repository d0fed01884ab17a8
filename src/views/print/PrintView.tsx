/** Every slide of a deck, one a page, at scale 1 and fully revealed: what is printed. */
import { Suspense, useEffect } from 'react'
import type { Deck, Slide } from '../../deck/index.ts'
import { NotesText, SlideView, stagesSettled, useRenderer, useRenderState } from '../../render/index.ts'
import { printPages, slideTitle, useAppState, type HandoutMode } from '../../state/index.ts'
import { Drawings, ShownDeckRoot } from '../../ui/index.ts'
import { pageRule, pageSize } from './print-css.ts'

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  deck: Deck
  mode: HandoutMode
  /**
   * Show the pages only once math and code are typeset, so they are laid out
   * once (the `?print=1` page the PDF command prints). Otherwise they show at
   * once, as `beforeprint` needs, and are typeset when the stages arrive.
   */
  whole?: boolean
}

/** Whether the math, diagram and code stages the deck needs have loaded (or failed to, and were logged). */
function useStagesSettled(deck: Deck): boolean {
  const renderer = useRenderer()
  const needs = renderer.deck(deck).needs
  useEffect(() => renderer.store.getState().loadStages(needs), [renderer, needs])
  return useRenderState((state) => stagesSettled(state, needs))
}

function Handout({ slide, index, total, mode }: { slide: Slide; index: number; total: number; mode: HandoutMode }) {
  const title = slideTitle(slide)
  return (
    <div className="lectern-print-handout">
      {mode === 'notes' && (
        <h2 className="lectern-print-notes-title">
          {index + 1} / {total}
          {title ? ` · ${title}` : ''}
        </h2>
      )}
      <div className="lectern-print-notes">
        <NotesText notes={slide.notes} />
      </div>
    </div>
  )
}

/**
 * The pages: `[data-lectern-print-page]`, each with `data-slide-index`; the
 * deck's container says `data-ready` once they can be printed.
 *
 * Notes: pages with notes wait (Suspense) for the notes' renderer, so the view
 * never shows a page without its notes.
 */
export function PrintView({ deck, mode, whole = false }: PrintViewProps) {
  const { width, height } = pageSize(deck, mode)
  const total = deck.slides.length
  const typeset = useStagesSettled(deck)
  const steps = useAppState((state) => state.printSteps)
  const drawings = useAppState((state) => state.printDrawings)
  if (whole && !typeset) return null
  return (
    <Suspense fallback={null}>
      <ShownDeckRoot
        deck={deck}
        className="lectern-print-deck"
        data-handout={mode}
        data-steps={steps ? '' : undefined}
        data-ready={typeset ? '' : undefined}
      >
        <style data-lectern-print-page-rule="">{pageRule(deck, mode)}</style>
        {printPages(deck.slides, steps).map(({ slideIndex, fragment, label }) => {
          const slide = deck.slides[slideIndex]!
          // Only a slide's first page is in the document outline: one bookmark a slide.
          const repeat = steps && fragment > 0
          return (
            <div
              key={label}
              className="lectern-print-page"
              data-lectern-print-page=""
              data-slide-index={slideIndex}
              data-page-label={label}
              aria-hidden={repeat || undefined}
              style={{ width, height }}
            >
              {mode !== 'notes' && (
                <div className="lectern-print-slide">
                  <SlideView deck={deck} slide={slide} fragment={fragment} />
                  {drawings && <Drawings slide={slide} />}
                </div>
              )}
              {mode !== 'slides' && <Handout slide={slide} index={slideIndex} total={total} mode={mode} />}
            </div>
          )
        })}
      </ShownDeckRoot>
    </Suspense>
  )
}
