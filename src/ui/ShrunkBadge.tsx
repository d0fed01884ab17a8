/** The mark on a slide the overflow guard shrank: "Shrunk to 82 %". */
import type { Slide } from '../deck/index.ts'
import { fitPercent } from '../render/index.ts'
import { useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'

/** Nothing for slides that fit as they are, were not measured yet, or when the guard is off. */
export function ShrunkBadge({ slide }: { slide: Slide | undefined }) {
  const t = useMessages()
  const zoom = useAppState((state) => (state.fit && slide ? state.fits.get(slide) : undefined))
  if (zoom === undefined || zoom >= 1) return null
  return <span className="lectern-shrunk">{t.shrunkTo(fitPercent(zoom))}</span>
}
