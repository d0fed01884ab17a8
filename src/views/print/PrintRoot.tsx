/**
 * The print view, mounted when printing starts however it starts: `beforeprint`
 * (Ctrl+P, `window.print()`), `matchMedia('print')` starting to match (headless
 * `emulateMedia({ media: 'print' })`), the `?print=1` URL flag, or the Print button.
 */
import { useEffect } from 'react'
import { createPortal, flushSync } from 'react-dom'
import type { Deck } from '../../deck/index.ts'
import { printPages, useAppState, useAppStore, type AppStore } from '../../state/index.ts'
import { PrintView } from './PrintView.tsx'
import './print.css'

/** Mount the print view on `beforeprint` (synchronously, before the browser lays out pages) and on print media. */
function usePrintTriggers(store: AppStore) {
  useEffect(() => {
    const set = (printing: boolean) => {
      const state = store.getState()
      if (state.printing !== printing || (printing && !state.printActive)) flushSync(() => state.setPrinting(printing))
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
  }, [store])
}

/**
 * The deck's document metadata as JSON, for the PDF command (scripts/pdf.ts),
 * which writes it into the PDF without parsing the deck itself.
 */
function metaJson(deck: Deck): string {
  const { title, author, description, keywords, lang } = deck.meta
  return JSON.stringify({ title, author, description, keywords, lang })
}

/** The print view in a `<div class="lectern-print">` directly in `<body>` (so print CSS can hide the rest). */
export function PrintRoot() {
  const store = useAppStore()
  usePrintTriggers(store)
  const printPage = useAppState((state) => state.printPage)
  useEffect(() => {
    // Only the PDF exporter's `?print=1` page: loaded there, as it starts.
    if (printPage) void import('./preload-faces.ts').then(({ preloadBundledFaces }) => preloadBundledFaces())
  }, [printPage])
  const deck = useAppState((state) => (state.status === 'loading' ? null : state.deck))
  const active = useAppState((state) => state.printActive)
  const handout = useAppState((state) => state.handout)
  const printing = useAppState((state) => state.printing)
  const steps = useAppState((state) => state.printSteps)
  if (!active || !deck || deck.slides.length === 0) return null
  return createPortal(
    <div
      className="lectern-print"
      data-lectern-print=""
      data-slides={deck.slides.length}
      data-pages={printPages(deck.slides, steps).length}
      data-meta={metaJson(deck)}
      aria-hidden={printing ? undefined : true}
      inert={!printing}
    >
      <PrintView deck={deck} mode={handout} whole={printPage} />
    </div>,
    document.body,
  )
}
