/** The presenter view: the speaker's window with the current and next slides, notes and timers. */
import { lazyPart } from '../../ui/index.ts'

/** The presenter window, loaded only in it (see `lazyPart`). */
export const PresenterView = lazyPart(() => import('./PresenterView.tsx').then((module) => module.PresenterView))
export { PresenterViewButton } from './PresenterViewButton.tsx'
export { openPresenterView, presenterViewUrl } from './open-window.ts'
