/** The control bar: previous/next, the counter, overview, help, full screen, print, presenter view, overflow guard, theme and language. */
import { FitToggle, ThemePicker } from './DisplayControls.tsx'
import { languages } from './i18n.ts'
import { PrintButton } from '../print/index.ts'
import { OpenDeckButton } from '../load/ui/DeckLoader.tsx'
import { openPresenterView } from '../presenter-view/open.ts'
import { toggleFullscreen, useIsFullscreen } from './fullscreen.ts'
import {
  selectIsAtEnd,
  selectIsAtStart,
  selectIsHelpOpen,
  selectIsOverviewOpen,
  selectSlideCount,
  type Language,
} from './store/index.ts'
import { useMessages, usePresenter, usePresenterActions } from './store-context.tsx'

/** Props of {@link Controls}. */
export interface ControlsProps {
  /** Whether the mouse has been still: the bar fades out (it stays while focused from the keyboard). */
  idle: boolean
}

/** The control bar, at the bottom of the screen. */
export function Controls({ idle }: ControlsProps) {
  const t = useMessages()
  const slideIndex = usePresenter((state) => state.slideIndex)
  const count = usePresenter(selectSlideCount)
  const atStart = usePresenter(selectIsAtStart)
  const atEnd = usePresenter(selectIsAtEnd)
  const overviewOpen = usePresenter(selectIsOverviewOpen)
  const helpOpen = usePresenter(selectIsHelpOpen)
  const language = usePresenter((state) => state.language)
  const { next, previous, toggleOverlay, setLanguage } = usePresenterActions()
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
      <OpenDeckButton />
      <PrintButton />
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.presenterView}
        title={`${t.presenterView} (P)`}
        onClick={openPresenterView}
      >
        <Icon path="M3 5h12v9H3zM7 18h4M9 14v4M17 8h4M17 12h4M17 16h4" />
      </button>
      <FitToggle />
      <ThemePicker />
      <select
        className="lectern-language"
        aria-label={t.language}
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
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

/** A 24×24 stroked icon, hidden from assistive tech (the button has the name). */
function Icon({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={path} />
    </svg>
  )
}
