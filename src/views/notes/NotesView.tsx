/**
 * The notes-only view (`?view=notes`), for a phone held as a prompter: big
 * notes and step buttons. As a phone remote (`?view=remote`, through a relay)
 * it also shows the talk's time and whether it is connected.
 */
import { useEffect } from 'react'
import { bindTimer, elapsedAt, slideTitle, useAppState, useAppStore } from '../../state/index.ts'
import {
  formatTime,
  NotesPanel,
  NotesSizeButtons,
  SearchDialog,
  SpeakerWindow,
  StepButtons,
  useMessages,
  useNow,
  useTimer,
} from '../../ui/index.ts'
import './notes.css'

/** The notes view. */
export function NotesView() {
  const t = useMessages().presenter
  const deck = useAppState((state) => state.deck)
  const slideIndex = useAppState((state) => state.slideIndex)
  const remote = useAppState((state) => state.role === 'remote')
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
    <SpeakerWindow className={`lectern-pv-notesonly${remote ? ' lectern-pv-remote' : ''}`} label={t.notesView}>
      <header className="lectern-pv-bar">
        <span role="status" aria-label={t.slide} className="lectern-pv-counter">
          {t.slideOf(slideIndex + 1, deck.slides.length)}
        </span>
        {remote && <RemoteStatus />}
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

/** On a phone remote: the talk's time (started by the first move) and the relay's state. */
function RemoteStatus() {
  const t = useMessages()
  const store = useAppStore()
  const status = useAppState((state) => state.relayStatus)
  const timer = useTimer()
  const now = useNow(500)
  useEffect(() => bindTimer(store), [store])
  return (
    <>
      <time role="timer" aria-label={t.presenter.elapsed} className="lectern-pv-big">
        {formatTime(elapsedAt(timer, now))}
      </time>
      <span className="lectern-pv-relay" data-status={status}>
        {t.share.status[status]}
      </span>
    </>
  )
}
