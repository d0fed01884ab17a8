/** Every slide of a deck, one a page, at scale 1 and fully revealed: what is printed. */
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

function Notes({ slide }: { slide: Slide }) {
  return (
    <div className="lectern-print-notes">
      {slide.notes.map((note, index) => (
        <p key={index}>{note.trim()}</p>
      ))}
    </div>
  )
}

/** The pages: `[data-lectern-print-page]`, each with `data-slide-index`. */
export function PrintView({ deck, mode }: PrintViewProps) {
  const { width, height } = pageSize(deck, mode)
  const total = deck.slides.length
  return (
    <DeckRoot deck={deck} className="lectern-print-deck" lang={deck.meta.lang ?? undefined} data-handout={mode}>
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
              <Notes slide={slide} />
            </div>
          )}
        </div>
      ))}
    </DeckRoot>
  )
}
