/** Every slide of a deck, one a page, at scale 1 and fully revealed: what is printed. */
import { useEffect, useState, type ReactNode } from 'react'
import type { Deck, Slide } from '../deck/types.ts'
import { DeckRoot, SlideView, deckNeeds, loadHighlight, loadMath, loadedExtras } from '../render/index.ts'
import { pageRule, pageSize } from './print-css.ts'
import type { HandoutMode } from './print-options.ts'

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

function title(slide: Slide): string | null {
  return slide.headings[0]?.text.trim() || null
}

type NotesRenderer = (text: string) => ReactNode

const plainNotes: NotesRenderer = (text) => <p style={{ whiteSpace: 'pre-wrap' }}>{text}</p>

/** The Markdown renderer for notes, loaded when a handout needs it (null until then). */
function useNotesRenderer(needed: boolean): NotesRenderer | null {
  const [renderer, setRenderer] = useState<{ render: NotesRenderer } | null>(null)
  useEffect(() => {
    if (!needed || renderer) return
    let live = true
    import('../render/notes.tsx').then(
      (module) => live && setRenderer({ render: module.renderNotes }),
      () => live && setRenderer({ render: plainNotes }),
    )
    return () => {
      live = false
    }
  }, [needed, renderer])
  return renderer?.render ?? null
}

function Notes({ slide, render }: { slide: Slide; render: NotesRenderer }) {
  return (
    <div className="lectern-print-notes">
      {slide.notes.map((note, index) => (
        <div key={index}>{render(note.trim())}</div>
      ))}
    </div>
  )
}

/** Whether the math and code stages the deck needs have loaded (or failed to, and were logged). */
function useExtrasSettled(deck: Deck): boolean {
  const { math, code } = deckNeeds(deck)
  const needs = `${math} ${code}`
  const [settled, setSettled] = useState<string | null>(() => {
    const loaded = loadedExtras()
    return (!math || loaded.math) && (!code || loaded.highlight) ? needs : null
  })
  useEffect(() => {
    let live = true
    void Promise.all([math && loadMath(), code && loadHighlight()]).then(() => live && setSettled(needs))
    return () => {
      live = false
    }
  }, [math, code, needs])
  return settled === needs
}

/** The pages: `[data-lectern-print-page]`, each with `data-slide-index`. */
export function PrintView({ deck, mode, whole = false }: PrintViewProps) {
  const { width, height } = pageSize(deck, mode)
  const total = deck.slides.length
  const render = useNotesRenderer(mode !== 'slides')
  const typeset = useExtrasSettled(deck)
  // Pages once notes (if any are printed) can render; ready once math and code are typeset
  // too: the PDF command waits for `data-ready`.
  if ((mode !== 'slides' && render === null) || (whole && !typeset)) return null
  return (
    <DeckRoot
      deck={deck}
      className="lectern-print-deck"
      lang={deck.meta.lang ?? undefined}
      data-handout={mode}
      data-ready={typeset ? '' : undefined}
    >
      <style data-lectern-print-page-rule="">{pageRule(deck, mode)}</style>
      {deck.slides.map((slide, index) => (
        <div
          key={index}
          className="lectern-print-page"
          data-lectern-print-page=""
          data-slide-index={index}
          style={{ width, height }}
        >
          {mode !== 'notes' && <SlideView deck={deck} slide={slide} />}
          {mode !== 'slides' && (
            <div className="lectern-print-handout">
              {mode === 'notes' && (
                <h2 className="lectern-print-notes-title">
                  {index + 1} / {total}
                  {title(slide) ? ` · ${title(slide)}` : ''}
                </h2>
              )}
              <Notes slide={slide} render={render ?? plainNotes} />
            </div>
          )}
        </div>
      ))}
    </DeckRoot>
  )
}
