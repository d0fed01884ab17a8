/**
 * The print view, mounted when printing starts however it starts: `beforeprint`
 * (Ctrl+P, `window.print()`), `matchMedia('print')` starting to match (headless
 * `emulateMedia({ media: 'print' })`), the `?print=1` URL flag, or the Print button.
 */
import { useEffect } from 'react'
import { createPortal, flushSync } from 'react-dom'
import type { Deck } from '../deck/types.ts'
import { preloadBundledFaces } from './preload-faces.ts'
import { printFlag, usePrintStore } from './print-options.ts'
import { PrintView } from './PrintView.tsx'
import './print.css'

/** Mount the print view on `beforeprint` (synchronously, before the browser lays out pages) and on print media. */
function usePrintTriggers() {
  useEffect(() => {
    const set = (printing: boolean) => {
      const state = usePrintStore.getState()
      if (state.printing !== printing || (printing && !state.active)) flushSync(() => state.setPrinting(printing))
    }
    const start = () => set(true)
    const end = () => set(false)
    const media = window.matchMedia('print')
    if (media.matches) start()
    const onChange = (event: MediaQueryListEvent) => set(event.matches)
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
    media.addEventListener('change', onChange)
    return () => {
      window.removeEventListener('beforeprint', start)
      window.removeEventListener('afterprint', end)
      media.removeEventListener('change', onChange)
    }
  }, [])
}

/**
 * The deck's document metadata as JSON, for the PDF command (scripts/pdf.ts),
 * which writes it into the PDF without parsing the deck itself.
 */
function metaJson(deck: Deck): string {
  const { title, author, description, keywords, lang } = deck.meta
  return JSON.stringify({ title, author, description, keywords, lang })
}

/** Props of {@link PrintRoot}. */
export interface PrintRootProps {
  deck: Deck | null
}

/** The print view in a `<div class="lectern-print">` directly in `<body>` (so print CSS can hide the rest). */
export function PrintRoot({ deck }: PrintRootProps) {
  usePrintTriggers()
  useEffect(() => {
    if (printFlag(window.location.search)) preloadBundledFaces()
  }, [])
  const active = usePrintStore((state) => state.active)
  const mode = usePrintStore((state) => state.mode)
  const printing = usePrintStore((state) => state.printing)
  if (!active || !deck || deck.slides.length === 0) return null
  return createPortal(
    <div
      className="lectern-print"
      data-lectern-print=""
      data-slides={deck.slides.length}
      data-meta={metaJson(deck)}
      aria-hidden={printing ? undefined : true}
      inert={!printing}
    >
      <PrintView deck={deck} mode={mode} whole={printFlag(window.location.search)} />
    </div>,
    document.body,
  )
}
