/**
 * Presenter notes as formatted text, through the engine's Markdown pipeline
 * and the render layer's sanitiser. Loaded on demand (only the presenter and
 * notes views need it). No script in notes ever runs.
 */
import { Fragment, useMemo } from 'react'
import { parseDeck } from '../deck/parse-deck.ts'
import { renderSlideContent } from '../render/slide-content.tsx'

/** Notes (Markdown, one per comment) as React elements. */
export default function NotesText({ notes }: { notes: readonly string[] }) {
  // Each note is read as a deck of its own (an empty front matter first, so none is read from
  // the note); a rule inside a note cuts it into "slides", shown one after the other.
  const trees = useMemo(() => notes.map((note) => parseDeck(`---\n---\n\n${note}`).slides), [notes])
  return trees.map((slides, index) => (
    <div key={index} className="lectern-note">
      {slides.map((slide) => (
        <Fragment key={slide.index}>{renderSlideContent(slide.tree)}</Fragment>
      ))}
    </div>
  ))
}
