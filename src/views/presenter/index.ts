/** The presenter view: the speaker's window with the current and next slides, notes and timers. */
import { lazyPart, loadSpeakerParts } from '../../ui/index.ts'

/** The presenter window, loaded only in it (see `lazyPart`). */
export const PresenterView = lazyPart(() =>
  Promise.all([import('./PresenterView.tsx'), loadSpeakerParts()]).then(([module]) => module.PresenterView),
)
export { PresenterViewButton } from './PresenterViewButton.tsx'
export { openPresenterView, presenterViewUrl } from './open-window.ts'
