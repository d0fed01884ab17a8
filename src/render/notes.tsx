/**
 * Presenter notes as formatted text: each note read in Marp's Markdown
 * dialect by the engine and shown through the slides' sanitiser, so no
 * script in notes ever runs. Heavy (the engine): load it on demand.
 */
import { Fragment, type ReactNode } from 'react'
import { parseDeck } from '../deck/index.ts'
import type { RenderStages } from './render-slice.ts'
import { renderSlideContent } from './slide-content.tsx'

/**
 * One note (Markdown) as React elements.
 *
 * @param text
 *   The note.
 * @param stages
 *   Optional stages loaded (math, code).
 */
export function renderNotes(text: string, stages: RenderStages = {}): ReactNode {
  // Read as a deck of its own (an empty front matter first, so none is read from the note);
  // a rule inside a note cuts it into "slides", shown one after the other.
  const slides = parseDeck(`---\n---\n\n${text}`).slides
  return slides.map((slide) => <Fragment key={slide.index}>{renderSlideContent(slide.tree, stages)}</Fragment>)
}
