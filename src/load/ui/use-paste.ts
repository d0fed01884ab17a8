/** Paste Markdown text (or files) while no text field has focus: it opens as a deck. */
import { useEffect } from 'react'
import { entriesFromFileList, type DroppedFiles } from '../read-drop.ts'

/** Whether a paste goes to a text field rather than to the app. */
function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof Element && (target.closest('input, textarea, select, [contenteditable]') !== null)
}

/**
 * Listen for pastes.
 *
 * @param onPaste
 *   Called with the pasted files, or with one `pasted.md` holding the pasted text.
 */
export function usePaste(onPaste: (dropped: DroppedFiles) => void): void {
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (isTextTarget(event.target) || isTextTarget(document.activeElement) || !event.clipboardData) return
      const files = [...event.clipboardData.files]
      const text = event.clipboardData.getData('text/plain')
      if (files.length === 0 && !text.trim()) return
      event.preventDefault()
      onPaste(
        files.length
          ? { entries: entriesFromFileList(files) }
          : { entries: [{ path: 'pasted.md', blob: new Blob([text], { type: 'text/markdown' }) }], name: 'pasted.md' },
      )
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [onPaste])
}
