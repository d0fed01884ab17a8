/** A thin bar along the bottom of the window: how far through the deck the talk is (a setting, or `?progress=1`). */
import { selectProgress, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'

/** The progress bar; nothing unless it is switched on. */
export function ProgressBar() {
  const t = useMessages()
  const on = useAppState((state) => state.progress)
  const progress = useAppState(selectProgress)
  if (!on) return null
  return (
    <div
      className="lectern-progress"
      role="progressbar"
      aria-label={t.progress}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(progress * 100)}
    >
      <div className="lectern-progress-done" style={{ width: `${progress * 100}%` }} />
    </div>
  )
}
