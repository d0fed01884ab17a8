/** A native modal `<dialog>` whose open state comes from props (the store). */
import { useLayoutEffect, useRef, type ReactNode } from 'react'

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** Whether the dialog is open. */
  open: boolean
  /** Called when the user closes it (Escape, the close button). */
  onClose: () => void
  /** Accessible name. */
  label: string
  className?: string
  /** Rendered only while open, so inner state starts fresh each time. */
  children: ReactNode
}

/**
 * A modal dialog: focus moves in and is trapped, the rest of the page is
 * inert, and focus goes back where it was on close (all native).
 *
 * Notes: Escape pressed outside a text field reaches the keyboard hook first,
 * which closes through the store and prevents the native cancel.
 */
export function ModalDialog({ open, onClose, label, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={className}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClose={() => {
        if (open) onClose()
      }}
    >
      {open && children}
    </dialog>
  )
}
