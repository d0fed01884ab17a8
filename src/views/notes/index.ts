/** The notes-only view, for a phone. */
import { lazyPart, loadSpeakerParts } from '../../ui/index.ts'

/** The notes window, loaded only in it (see `lazyPart`). */
export const NotesView = lazyPart(() =>
  Promise.all([import('./NotesView.tsx'), loadSpeakerParts()]).then(([module]) => module.NotesView),
)
