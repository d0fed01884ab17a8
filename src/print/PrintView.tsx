/** Every slide of a deck, one a page, at scale 1 and fully revealed: what is printed. */
import { useEffect, useState, type ReactNode } from 'react'
import type { Deck, Slide } from '../deck/types.ts'
import { DeckRoot, SlideView } from '../render/index.ts'
import { pageRule, pageSize } from './print-css.ts'
import type { HandoutMode } from './print-options.ts'

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  deck: Deck
  mode: HandoutMode
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

/** The pages: `[data-lectern-print-page]`, each with `data-slide-index`. */
export function PrintView({ deck, mode }: PrintViewProps) {
  const { width, height } = pageSize(deck, mode)
  const total = deck.slides.length
  const render = useNotesRenderer(mode !== 'slides')
  // Ready once notes (if any are printed) are rendered: the PDF command waits for this.
  const ready = mode === 'slides' || render !== null
  if (!ready) return null
  return (
    <DeckRoot deck={deck} className="lectern-print-deck" lang={deck.meta.lang ?? undefined} data-handout={mode} data-ready="">
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
