/**
 * Presenter notes as formatted text, in the app's one notes component for
 * the presenter view, the notes view and printed handouts. The Markdown
 * reader (the engine) is heavy, so this module is loaded on demand (see
 * `NotesText` in index.ts).
 */
import { useMemo } from 'react'
import { useRenderState } from './context.tsx'
import { renderNotes } from './notes.tsx'

/** Props of {@link NotesText}. */
export interface NotesTextProps {
  /** The slide's notes (Markdown, one per comment). */
  notes: readonly string[]
}

/** Notes as React elements, one `div.lectern-note` per note. */
export default function NotesText({ notes }: NotesTextProps) {
  const stages = useRenderState((state) => state.stages)
  const rendered = useMemo(() => notes.map((note) => renderNotes(note.trim(), stages)), [notes, stages])
  return rendered.map((note, index) => (
    <div key={index} className="lectern-note">
      {note}
    </div>
  ))
}
