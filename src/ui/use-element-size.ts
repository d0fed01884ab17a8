/** The content-box size of an element, kept current with a ResizeObserver. */
import { useLayoutEffect, useState, type RefObject } from 'react'

/** Width and height in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/**
 * Measure an element now (before paint) and again whenever it resizes.
 *
 * @param ref
 *   The element to measure.
 * @returns
 *   Its size; 0 × 0 until mounted.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const update = (width: number, height: number) =>
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }))
    update(element.clientWidth, element.clientHeight)
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width, entry.contentRect.height)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/**
 * How a box of logical size fits a frame: the scale and the offsets that
 * centre it, letterboxed.
 *
 * @param frame
 *   The available size.
 * @param box
 *   The logical size (a slide's width and height).
 */
export function fitBox(frame: Size, box: Size): { scale: number; x: number; y: number } {
  if (box.width <= 0 || box.height <= 0 || frame.width <= 0 || frame.height <= 0) return { scale: 0, x: 0, y: 0 }
  const scale = Math.min(frame.width / box.width, frame.height / box.height)
  return { scale, x: (frame.width - box.width * scale) / 2, y: (frame.height - box.height * scale) / 2 }
}
