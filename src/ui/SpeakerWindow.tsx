/**
 * What the presenter view and the notes view share: the window frame, the
 * notes with their size buttons, and the step buttons.
 */
import { Suspense, type ReactNode } from 'react'
import type { Slide } from '../deck/index.ts'
import { NotesText } from '../render/index.ts'
import { selectIsAtEnd, selectIsAtStart, useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { Notices } from './Notices.tsx'
import './speaker.css'

/** Props of {@link SpeakerWindow}. */
export interface SpeakerWindowProps {
  /** `lectern-pv-presenter` or `lectern-pv-notesonly`. */
  className: string
  /** The window's accessible name. */
  label: string
  children: ReactNode
}

/** The frame of a window for the speaker, with the notices over it. */
export function SpeakerWindow({ className, children, label }: SpeakerWindowProps) {
  const language = useAppState((state) => state.language)
  return (
    <div className={`lectern-window lectern-pv ${className}`} lang={language} aria-label={label}>
      {children}
      <Notices />
    </div>
  )
}

/**
 * The current slide's notes, formatted, at the chosen size, the part of the
 * fragment step on screen marked; or a line saying there are none.
 */
export function NotesPanel({ slide }: { slide: Slide | undefined }) {
  const t = useMessages().presenter
  const fontSize = useAppState((state) => state.notesFontSize)
  const step = useAppState((state) => state.fragment)
  return (
    <section className="lectern-pv-notes" aria-label={t.notes} style={{ fontSize }}>
      {slide && slide.notes.length > 0 ? (
        <Suspense fallback={<p>{t.loadingNotes}</p>}>
          <NotesText notes={slide.notes} step={step} />
        </Suspense>
      ) : (
        <p className="lectern-pv-empty">{t.noNotes}</p>
      )}
    </section>
  )
}

/** A− / A+: the notes' size (also the − and + keys). */
export function NotesSizeButtons() {
  const t = useMessages().presenter
  const { changeNotesFontSize } = useActions()
  return (
    <span className="lectern-pv-font">
      <button type="button" aria-label={t.smaller} title={`${t.smaller} (−)`} onClick={() => changeNotesFontSize(-2)}>
        A−
      </button>
      <button type="button" aria-label={t.larger} title={`${t.larger} (+)`} onClick={() => changeNotesFontSize(2)}>
        A+
      </button>
    </span>
  )
}

/** ← Previous / Next → buttons. */
export function StepButtons() {
  const t = useMessages().presenter
  const { next, previous } = useActions()
  const atStart = useAppState(selectIsAtStart)
  const atEnd = useAppState(selectIsAtEnd)
  return (
    <span className="lectern-pv-nav">
      <button type="button" onClick={previous} disabled={atStart}>
        ← {t.previous}
      </button>
      <button type="button" onClick={next} disabled={atEnd}>
        {t.next} →
      </button>
    </span>
  )
}
