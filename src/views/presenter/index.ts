/** The presenter view: the speaker's window with the current and next slides, notes and timers. */
export { PresenterView } from './PresenterView.tsx'
export { PresenterViewButton } from './PresenterViewButton.tsx'
export { openPresenterView, presenterViewUrl } from './open-window.ts'
