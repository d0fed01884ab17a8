/** The control bar's laser and pen switches (the toolbar itself, DrawToolbar.tsx, loads when first needed). */
import { useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { Icon } from './Icon.tsx'

/** The pen's icon, as on the toolbar. */
const penIcon = 'M4 20l4-1 11-11-3-3L5 16zM14 6l3 3'

/** The control bar's laser and pen switches. */
export function MarkButtons() {
  const t = useMessages().draw
  const laser = useAppState((state) => state.laser)
  const drawing = useAppState((state) => state.drawing)
  const { toggleLaser, toggleDrawing } = useActions()
  return (
    <>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.laser}
        title={`${t.laser} (L)`}
        aria-pressed={laser}
        onClick={toggleLaser}
      >
        <Icon path="M12 12m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 3v3M12 18v3M3 12h3M18 12h3" />
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.draw}
        title={`${t.draw} (D)`}
        aria-pressed={drawing}
        onClick={toggleDrawing}
      >
        <Icon path={penIcon} />
      </button>
    </>
  )
}
