/** The theme picker and the overflow guard switch of the control bar. */
import { pickableThemes, useRenderer } from '../../render/index.ts'
import { useActions, useAppState } from '../../state/index.ts'
import { Icon, useMessages } from '../../ui/index.ts'

/** A labelled select: the deck's own theme, or any theme Lectern ships. Remembered per deck. */
export function ThemePicker() {
  const t = useMessages()
  const deck = useAppState((state) => state.deck)
  const theme = useAppState((state) => state.theme)
  const { setTheme } = useActions()
  const renderer = useRenderer()
  if (!deck) return null
  const own = renderer.deck(deck).theme
  return (
    <select
      className="lectern-language lectern-theme"
      aria-label={t.theme}
      title={t.theme}
      value={theme ?? ''}
      onChange={(event) => setTheme(event.target.value || null)}
    >
      <option value="">{t.ownTheme(own.requested ?? own.name)}</option>
      {pickableThemes.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  )
}

/** A toggle button (`aria-pressed`) for the progress bar. */
export function ProgressToggle() {
  const t = useMessages()
  const progress = useAppState((state) => state.progress)
  const { setProgress } = useActions()
  return (
    <button
      type="button"
      className="lectern-icon"
      aria-label={t.showProgress}
      title={t.showProgress}
      aria-pressed={progress}
      onClick={() => setProgress(!progress)}
    >
      <Icon path="M3 10h18v4H3zM3 12h9" />
    </button>
  )
}

/** A toggle button (`aria-pressed`) for shrinking overflowing slides to fit. */
export function FitToggle() {
  const t = useMessages()
  const fit = useAppState((state) => state.fit)
  const { setFit } = useActions()
  return (
    <button
      type="button"
      className="lectern-icon"
      aria-label={t.fitToSlide}
      title={t.fitToSlide}
      aria-pressed={fit}
      data-on={fit || undefined}
      onClick={() => setFit(!fit)}
    >
      <Icon path="M3 5h18v14H3zM8 9l-2 3 2 3M16 9l2 3-2 3" />
    </button>
  )
}

/** The three together, for the control bar. */
export function DisplayControls() {
  return (
    <>
      <FitToggle />
      <ProgressToggle />
      <ThemePicker />
    </>
  )
}
