/** The theme picker and the overflow guard switch of the control bar. */
import { resolveTheme } from '../render/index.ts'
import { pickableThemes } from '../render/theme-names.ts'
import { useMessages, usePresenter, usePresenterActions } from './store-context.tsx'

/** A labelled select: the deck's own theme, or any theme Lectern ships. Remembered per deck. */
export function ThemePicker() {
  const t = useMessages()
  const deck = usePresenter((state) => state.deck)
  const theme = usePresenter((state) => state.theme)
  const { setTheme } = usePresenterActions()
  if (!deck) return null
  const own = resolveTheme(deck)
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

/** A toggle button (`aria-pressed`) for shrinking overflowing slides to fit. */
export function FitToggle() {
  const t = useMessages()
  const fit = usePresenter((state) => state.fit)
  const { setFit } = usePresenterActions()
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
        <path d="M3 5h18v14H3zM8 9l-2 3 2 3M16 9l2 3-2 3" />
      </svg>
    </button>
  )
}
