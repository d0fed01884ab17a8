/**
 * Drop files or a folder anywhere on the window: the drop target is the whole
 * page. A link dropped from another tab opens the deck it points at.
 */
import { useEffect, useState } from 'react'
import { readDataTransfer, type DroppedFiles } from '../../load/read-drop.ts'

/** Whether a drag carries files or a link (not text selected in the page). */
function hasFiles(event: DragEvent): boolean {
  const types = [...(event.dataTransfer?.types ?? [])]
  return types.includes('Files') || types.includes('text/uri-list')
}

/** The first http(s) link of a `text/uri-list` (lines starting with `#` are comments). */
export function firstLink(uriList: string): string | null {
  const line = uriList.split(/\r?\n/).find((entry) => entry.trim() && !entry.startsWith('#'))
  return line && /^https?:\/\//i.test(line.trim()) ? line.trim() : null
}

/**
 * Listen for files dragged over the window.
 *
 * @param onDrop
 *   Called with what was dropped.
 * @param onDropLink
 *   Called with a dropped link (when no files came with it).
 * @param onEnter
 *   Called when files or a link are dragged into the window (to get ready for the drop).
 * @returns
 *   Whether files are being dragged over the window now (to show the drop hint).
 */
export function useWindowDrop(
  onDrop: (dropped: Promise<DroppedFiles>) => void,
  onDropLink: (url: string) => void,
  onEnter?: () => void,
): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    // enter/leave fire for every child crossed: count them.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (depth++ === 0) onEnter?.()
      setDragging(true)
    }
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      // Without this the browser would navigate to the dropped file.
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      depth = 0
      setDragging(false)
      if (!event.dataTransfer || !hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer.types.includes('Files')) return onDrop(readDataTransfer(event.dataTransfer))
      const link = firstLink(event.dataTransfer.getData('text/uri-list'))
      if (link) onDropLink(link)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [onDrop, onDropLink, onEnter])
  return dragging
}
