/** The notes-only view (`?view=notes`), for a phone held as a prompter: big notes and step buttons. */
import { slideTitle, useAppState } from '../../state/index.ts'
import { NotesPanel, NotesSizeButtons, SearchDialog, SpeakerWindow, StepButtons, useMessages } from '../../ui/index.ts'
import './notes.css'

/** The notes view. */
export function NotesView() {
  const t = useMessages().presenter
  const deck = useAppState((state) => state.deck)
  const slideIndex = useAppState((state) => state.slideIndex)
  if (!deck || deck.slides.length === 0) {
    return (
      <SpeakerWindow className="lectern-pv-notesonly" label={t.notesView}>
        <p className="lectern-message" role="status">
          …
        </p>
      </SpeakerWindow>
    )
  }
  const slide = deck.slides[slideIndex]
  const title = slide ? slideTitle(slide) : null
  return (
    <SpeakerWindow className="lectern-pv-notesonly" label={t.notesView}>
      <header className="lectern-pv-bar">
        <span role="status" aria-label={t.slide} className="lectern-pv-counter">
          {t.slideOf(slideIndex + 1, deck.slides.length)}
        </span>
        <NotesSizeButtons />
      </header>
      {title && <h1 className="lectern-pv-title">{title}</h1>}
      <NotesPanel slide={slide} />
      <footer className="lectern-pv-footer">
        <StepButtons />
      </footer>
      <SearchDialog deck={deck} />
    </SpeakerWindow>
  )
}
