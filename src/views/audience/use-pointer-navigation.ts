/** Mouse wheel and touch swipes on the slide area move through the deck. */
import { useEffect, type RefObject } from 'react'
import { createWheelReader, swipeDirection } from './gestures.ts'
import type { AppStore } from '../../state/index.ts'

/** Whether the pointer is over something that scrolls that way itself (Marp leaves those alone). */
function isInScrollable(target: EventTarget | null, root: Element): boolean {
  for (let node = target instanceof Element ? target : null; node && node !== root; node = node.parentElement) {
    const { overflowY, overflowX } = getComputedStyle(node)
    const scrollsY = /auto|scroll/.test(overflowY) && node.scrollHeight > node.clientHeight
    const scrollsX = /auto|scroll/.test(overflowX) && node.scrollWidth > node.clientWidth
    if (scrollsY || scrollsX) return true
  }
  return false
}

/**
 * Navigate with the wheel (one move per burst) and with swipes (30 px or
 * more; left or up is next) over an element.
 *
 * @param store
 *   The app's store.
 * @param ref
 *   The element listened on (the stage).
 */
export function usePointerNavigation(store: AppStore, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const readWheel = createWheelReader()
    let start: { x: number; y: number } | null = null

    function move(direction: 'next' | 'previous' | null) {
      const state = store.getState()
      if (!direction || state.overlay) return
      if (direction === 'next') state.next()
      else state.previous()
    }
    function onWheel(event: WheelEvent) {
      // Ctrl+wheel zooms the page; scrollable content scrolls.
      if (event.ctrlKey || event.metaKey || isInScrollable(event.target, element!)) return
      move(readWheel(event))
    }
    function onTouchStart(event: TouchEvent) {
      const touch = event.touches[0]
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null
    }
    function onTouchEnd(event: TouchEvent) {
      const touch = event.changedTouches[0]
      if (start && touch) move(swipeDirection(touch.clientX - start.x, touch.clientY - start.y))
      start = null
    }
    element.addEventListener('wheel', onWheel, { passive: true })
    element.addEventListener('touchstart', onTouchStart, { passive: true })
    element.addEventListener('touchend', onTouchEnd, { passive: true })
    return () => {
      element.removeEventListener('wheel', onWheel)
      element.removeEventListener('touchstart', onTouchStart)
      element.removeEventListener('touchend', onTouchEnd)
    }
  }, [store, ref])
}
