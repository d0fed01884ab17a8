/**
 * Presenter notes as formatted text, in the app's one notes component for
 * the presenter view, the notes view and printed handouts. The Markdown
 * reader (the engine) is heavy, so this module is loaded on demand (see
 * `NotesText` in index.ts).
 */
import { useMemo } from 'react'
import { useRenderState } from './context.tsx'
import { splitNoteSteps } from './note-steps.ts'
import { renderNotes } from './notes.tsx'

/** Props of {@link NotesText}. */
export interface NotesTextProps {
  /** The slide's notes (Markdown, one per comment). */
  notes: readonly string[]
  /**
   * The fragment step on screen: a note split by `[click]` lines marks the
   * part of this step current (`data-step="current"`), earlier parts `past`
   * and later ones `next`. Absent: every part plain (print).
   */
  step?: number
}

/** Notes as React elements, one `div.lectern-note` per note, one `div.lectern-note-step` per `[click]` part. */
export default function NotesText({ notes, step }: NotesTextProps) {
  const stages = useRenderState((state) => state.stages)
  const rendered = useMemo(
    () =>
      notes.map((note) =>
        splitNoteSteps(note.trim()).map((part) => ({ step: part.step, node: renderNotes(part.text, stages) })),
      ),
    [notes, stages],
  )
  return rendered.map((parts, index) => (
    <div key={index} className="lectern-note">
      {parts.length === 1 && parts[0]!.step === 0
        ? parts[0]!.node
        : parts.map((part, at) => (
            <div
              key={at}
              className="lectern-note-step"
              data-step={
                step === undefined ? undefined : part.step === step ? 'current' : part.step < step ? 'past' : 'next'
              }
            >
              {part.node}
            </div>
          ))}
    </div>
  ))
}
