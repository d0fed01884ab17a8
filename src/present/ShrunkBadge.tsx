/** The mark on a slide the overflow guard shrank: "Shrunk to 82 %". */
import type { Slide } from '../deck/types.ts'
import { fitPercent } from '../render/fit-maths.ts'
import { useSlideFit } from '../render/fit-setting.ts'
import { useMessages } from './store-context.tsx'

/** Nothing for slides that fit as they are (or were not measured yet). */
export function ShrunkBadge({ slide }: { slide: Slide | undefined }) {
  const t = useMessages()
  const zoom = useSlideFit(slide)
  if (zoom === undefined || zoom >= 1) return null
  return <span className="lectern-shrunk">{t.shrunkTo(fitPercent(zoom))}</span>
}
