/**
 * The control bar: previous/next, the counter, overview, help, full screen,
 * the app's actions (open, print, presenter view: given by the app), the
 * overflow guard, the theme and the language.
 */
import type { ReactNode } from 'react'
import {
  selectIsAtEnd,
  selectIsAtStart,
  selectIsHelpOpen,
  selectIsOverviewOpen,
  selectSlideCount,
  useActions,
  useAppState,
  type Language,
} from '../../state/index.ts'
import {
  Icon,
  languages,
  lazyPart,
  MarkButtons,
  messagesFor,
  toggleFullscreen,
  useIsFullscreen,
  useMessages,
} from '../../ui/index.ts'

// The display toggles and the theme picker, at the bar's end: they arrive right after the first paint.
const DisplayControls = lazyPart(() => import('./DisplayControls.tsx').then((module) => module.DisplayControls))

/** Props of {@link Controls}. */
export interface ControlsProps {
  /** Whether the mouse has been still: the bar fades out (it stays while focused from the keyboard). */
  idle: boolean
  /** More buttons, after full screen. */
  actions?: ReactNode
}

/** The control bar, at the bottom of the screen. */
export function Controls({ idle, actions }: ControlsProps) {
  const t = useMessages()
  const slideIndex = useAppState((state) => state.slideIndex)
  const count = useAppState(selectSlideCount)
  const atStart = useAppState(selectIsAtStart)
  const atEnd = useAppState(selectIsAtEnd)
  const overviewOpen = useAppState(selectIsOverviewOpen)
  const helpOpen = useAppState(selectIsHelpOpen)
  const language = useAppState((state) => state.language)
  const { next, previous, toggleOverlay, setLanguage } = useActions()
  const fullscreen = useIsFullscreen()

  return (
    <nav className="lectern-controls" aria-label={t.controls} data-idle={idle || undefined}>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.previousSlide}
        title={t.previousSlide}
        disabled={atStart}
        onClick={previous}
      >
        <Icon path="M15 5 8 12l7 7" />
      </button>
      {/* role=status names the counter for tests and tools; the live region announces slides, so this one stays quiet. */}
      <span role="status" aria-live="off" className="lectern-counter">
        {t.counter(slideIndex + 1, count)}
      </span>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.nextSlide}
        title={t.nextSlide}
        disabled={atEnd}
        onClick={next}
      >
        <Icon path="m9 5 7 7-7 7" />
      </button>
      <span className="lectern-separator" aria-hidden="true" />
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.overview}
        title={t.overview}
        aria-haspopup="dialog"
        aria-expanded={overviewOpen}
        onClick={() => toggleOverlay('overview')}
      >
        <Icon path="M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" />
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.help}
        title={t.help}
        aria-haspopup="dialog"
        aria-expanded={helpOpen}
        onClick={() => toggleOverlay('help')}
      >
        <span aria-hidden="true" className="lectern-glyph">
          ?
        </span>
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={fullscreen ? t.exitFullscreen : t.enterFullscreen}
        title={fullscreen ? t.exitFullscreen : t.enterFullscreen}
        onClick={toggleFullscreen}
      >
        <Icon path={fullscreen ? 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5' : 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'} />
      </button>
      <MarkButtons />
      {actions}
      <DisplayControls />
      <select
        className="lectern-language"
        aria-label={t.language}
        value={language}
        onChange={(event) => {
          const chosen = event.target.value as Language
          // Its text first, so the controls do not wait on it.
          void messagesFor(chosen).then(() => setLanguage(chosen))
        }}
      >
        {languages.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </nav>
  )
}
