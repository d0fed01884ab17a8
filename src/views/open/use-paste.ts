/**
 * Paste Markdown text (or files) while no text field has focus: it opens as a
 * deck; a pasted web address opens the deck there (`?deck=URL`).
 */
import { useEffect } from 'react'
import { entriesFromFileList, type DroppedFiles } from '../../load/read-drop.ts'

/** Whether a paste goes to a text field rather than to the app. */
function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null
}

/** A pasted deck address: one http(s) URL, nothing else. */
export function pastedDeckUrl(text: string): string | null {
  const value = text.trim()
  return /^https?:\/\/\S+$/i.test(value) ? value : null
}

/**
 * Listen for pastes.
 *
 * @param onPaste
 *   Called with the pasted files, or with one `pasted.md` holding the pasted text.
 * @param onPasteUrl
 *   Called instead when the text is a single web address (a deck to fetch).
 */
export function usePaste(onPaste: (dropped: DroppedFiles) => void, onPasteUrl: (url: string) => void): void {
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (isTextTarget(event.target) || isTextTarget(document.activeElement) || !event.clipboardData) return
      const files = [...event.clipboardData.files]
      const text = event.clipboardData.getData('text/plain')
      if (files.length === 0 && !text.trim()) return
      event.preventDefault()
      const url = files.length ? null : pastedDeckUrl(text)
      if (url) return onPasteUrl(url)
      onPaste(
        files.length
          ? { entries: entriesFromFileList(files) }
          : { entries: [{ path: 'pasted.md', blob: new Blob([text], { type: 'text/markdown' }) }], name: 'pasted.md' },
      )
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [onPaste, onPasteUrl])
}
