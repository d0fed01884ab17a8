/**
 * Keys pressed inside our dialogs stay there: the presenter's key table
 * (arrows, Escape → overview) listens on the window and must not act on the
 * slides behind a dialog. Escape closes the dialog.
 */
import type { KeyboardEvent } from 'react'

/**
 * A `keydown` handler for a dialog's content.
 *
 * @param close
 *   Closes the dialog.
 */
export function dialogKeys(close: () => void) {
  return (event: KeyboardEvent) => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }
}
