/** Presenter notes as formatted text (loaded on demand: only the presenter and notes views need it). */
import { useMemo } from 'react'
import { renderNotes } from '../render/notes.tsx'

/** Notes (Markdown, one per comment) as React elements. */
export default function NotesText({ notes }: { notes: readonly string[] }) {
  const rendered = useMemo(() => notes.map(renderNotes), [notes])
  return rendered.map((note, index) => (
    <div key={index} className="lectern-note">
      {note}
    </div>
  ))
}
