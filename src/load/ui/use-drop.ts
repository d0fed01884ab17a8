/** Drop files or a folder anywhere on the window: the drop target is the whole page. */
import { useEffect, useState } from 'react'
import { readDataTransfer, type DroppedFiles } from '../read-drop.ts'

/** Whether a drag carries files (not text or a link dragged inside the page). */
function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files')
}

/**
 * Listen for files dragged over the window.
 *
 * @param onDrop
 *   Called with what was dropped.
 * @returns
 *   Whether files are being dragged over the window now (to show the drop hint).
 */
export function useWindowDrop(onDrop: (dropped: Promise<DroppedFiles>) => void): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    // enter/leave fire for every child crossed: count them.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth++
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
      onDrop(readDataTransfer(event.dataTransfer))
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
  }, [onDrop])
  return dragging
}
