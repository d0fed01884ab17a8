/**
 * Shared UI: what several views use — dialogs (help, go-to), notices, the
 * slide scaffold, the app's text, and hooks for the keyboard, sizes, idling
 * and full screen.
 */
export { ModalDialog } from './ModalDialog.tsx'
export type { ModalDialogProps } from './ModalDialog.tsx'
export { Notices } from './Notices.tsx'
export { HelpDialog } from './HelpDialog.tsx'
export { GoToDialog } from './GoToDialog.tsx'
export { ShrunkBadge } from './ShrunkBadge.tsx'
export { FittedSlide, ScaledSlide } from './ScaledSlide.tsx'
export type { FittedSlideProps, ScaledSlideProps } from './ScaledSlide.tsx'
export { ShownDeckRoot } from './ShownDeckRoot.tsx'
export { NotesPanel, NotesSizeButtons, SpeakerWindow, StepButtons } from './SpeakerWindow.tsx'
export { Icon } from './Icon.tsx'
export { dialogKeys } from './dialog-keys.ts'
export { fitBox, useElementSize } from './use-element-size.ts'
export type { Size } from './use-element-size.ts'
export { useIdle } from './use-idle.ts'
export { toggleFullscreen, useIsFullscreen } from './fullscreen.ts'
export { isKeyForTarget, useKeyboard } from './use-keyboard.ts'
export { detectLanguage, encodingName, languages, messagesFor, useMessages } from './i18n/index.ts'
export type { Messages, OpenMessages, PresenterMessages, PrintMessages } from './i18n/index.ts'
import './ui.css'
