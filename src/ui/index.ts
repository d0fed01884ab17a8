/**
 * Shared UI: what several views use — dialogs (help, go-to), notices, the
 * slide scaffold, the app's text, and hooks for the keyboard, sizes, idling
 * and full screen.
 */
export type { ModalDialogProps } from './ModalDialog.tsx'
export { MarkButtons } from './MarkButtons.tsx'
export { ProgressBar } from './ProgressBar.tsx'
export { formatTime, useNow, useTimer } from './talk-time.ts'
export type { TimerState } from './talk-time.ts'
export { FittedSlide, ScaledSlide } from './ScaledSlide.tsx'
export type { FittedSlideProps, ScaledSlideProps } from './ScaledSlide.tsx'
export { ShownDeckRoot } from './ShownDeckRoot.tsx'
export { Icon } from './Icon.tsx'
export { dialogKeys } from './dialog-keys.ts'
export { fitBox, useElementSize } from './use-element-size.ts'
export type { Size } from './use-element-size.ts'
export { useIdle } from './use-idle.ts'
export { toggleFullscreen, useIsFullscreen } from './fullscreen.ts'
export { isKeyForTarget, useKeyboard } from './use-keyboard.ts'
export { detectLanguage, encodingName, languages, messagesFor, useMessages } from './i18n/index.ts'
export type { Messages, OpenMessages, PresenterMessages, PrintMessages } from './i18n/index.ts'
import { lazyPart } from './lazy-part.tsx'
import './ui.css'

export { lazyPart }

// Dialogs, loaded after the first paint (see lazy-part.tsx).
export const HelpDialog = lazyPart(() => import('./HelpDialog.tsx').then((module) => module.HelpDialog))
export const GoToDialog = lazyPart(() => import('./GoToDialog.tsx').then((module) => module.GoToDialog))
export const SearchDialog = lazyPart(() => import('./SearchDialog.tsx').then((module) => module.SearchDialog))
export const DrawToolbar = lazyPart(() => import('./DrawToolbar.tsx').then((module) => module.DrawToolbar))
export const Drawings = lazyPart(() => import('./SlideMarks.tsx').then((module) => module.Drawings))
export const ShrunkBadge = lazyPart(() => import('./ShrunkBadge.tsx').then((module) => module.ShrunkBadge))
// For the views' dialogs, which load after the first paint themselves.
export const ModalDialog = lazyPart(() => import('./ModalDialog.tsx').then((module) => module.ModalDialog))
// Notices (a failed deck, a warning) come after the first paint too.
export const Notices = lazyPart(() => import('./Notices.tsx').then((module) => module.Notices))
// The presenter and notes windows' parts: those views load them beside themselves (no second wait).
export const loadSpeakerParts = () => import('./SpeakerWindow.tsx')
export const SpeakerWindow = lazyPart(() => loadSpeakerParts().then((module) => module.SpeakerWindow))
export const NotesPanel = lazyPart(() => loadSpeakerParts().then((module) => module.NotesPanel))
export const NotesSizeButtons = lazyPart(() => loadSpeakerParts().then((module) => module.NotesSizeButtons))
export const StepButtons = lazyPart(() => loadSpeakerParts().then((module) => module.StepButtons))
