/** The notes-only view, for a phone. */
import { lazyPart } from '../../ui/index.ts'

/** The notes window, loaded only in it (see `lazyPart`). */
export const NotesView = lazyPart(() => import('./NotesView.tsx').then((module) => module.NotesView))
