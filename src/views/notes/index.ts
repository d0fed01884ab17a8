/** The notes-only view, for a phone. */
export { NotesView } from './NotesView.tsx'
