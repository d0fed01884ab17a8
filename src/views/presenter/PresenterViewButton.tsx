/** The control bar's button that opens the presenter view. */
import { Icon, useMessages } from '../../ui/index.ts'
import { openPresenterView } from './open-window.ts'

/** Opens (or brings back) the presenter view window. */
export function PresenterViewButton() {
  const t = useMessages()
  return (
    <button
      type="button"
      className="lectern-icon"
      aria-label={t.presenterView}
      title={`${t.presenterView} (P)`}
      onClick={openPresenterView}
    >
      <Icon path="M3 5h12v9H3zM7 18h4M9 14v4M17 8h4M17 12h4M17 16h4" />
    </button>
  )
}
