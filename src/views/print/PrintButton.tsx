/** The "Print / PDF" button, for the control bar; its dialog (PrintDialog.tsx) loads after the first paint. */
import { useState } from 'react'
import { Icon, lazyPart, useMessages } from '../../ui/index.ts'
import './print.css'

const PrintDialog = lazyPart(() => import('./PrintDialog.tsx').then((module) => module.PrintDialog))

/** The button, for the control bar. */
export function PrintButton() {
  const t = useMessages().print
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.printButton}
        title={t.printButton}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Icon path="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M7 14h10v6H7z" />
      </button>
      <PrintDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}
