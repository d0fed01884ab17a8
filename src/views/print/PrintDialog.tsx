/**
 * The "Print / PDF" dialog: the handout layout, a preflight of the printed
 * pages (overflowing slides, images that failed, each with a link to its
 * slide), then `window.print()` once fonts and images are ready. Loaded after
 * the first paint (the button is in PrintButton.tsx).
 */
import { useEffect, useRef, useState } from 'react'
import { handoutModes, useActions, useAppState, useAppStore, type AppStore } from '../../state/index.ts'
import { useMessages } from '../../ui/index.ts'
import { imagesSettled, preflight, type PreflightIssue } from './preflight.ts'

/** The print view's element, once mounted and ready. */
function printRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-lectern-print]:has([data-ready])')
}

/** Mount the print view, then wait for it, for fonts and for its images. */
export async function printReady(store: AppStore): Promise<HTMLElement | null> {
  store.getState().activatePrint()
  for (let tries = 0; tries < 300 && !printRoot(); tries++)
    await new Promise((resolve) => requestAnimationFrame(resolve))
  const root = printRoot()
  await document.fonts.ready
  if (root) await imagesSettled(root)
  return root
}

/** Props of {@link PrintDialog}. */
export interface PrintDialogProps {
  /** Whether the dialog is open: opening it runs the preflight. */
  open: boolean
  /** Called when it closes. */
  onClose: () => void
}

/** The dialog, for the Print button. */
export function PrintDialog({ open, onClose }: PrintDialogProps) {
  const t = useMessages().print
  const store = useAppStore()
  const dialog = useRef<HTMLDialogElement>(null)
  const [issues, setIssues] = useState<PreflightIssue[] | null>(null)
  const mode = useAppState((state) => state.handout)
  const steps = useAppState((state) => state.printSteps)
  const drawings = useAppState((state) => state.printDrawings)
  const hasDrawings = useAppState((state) => Object.values(state.strokes).some((list) => list.length > 0))
  const count = useAppState((state) => state.deck?.slides.length ?? 0)
  const { goTo, setHandout, setPrintSteps, setPrintDrawings } = useActions()

  useEffect(() => {
    if (!open) return
    let live = true
    dialog.current?.showModal()
    void printReady(store).then((root) => live && setIssues(root ? preflight(root) : []))
    return () => {
      live = false
    }
  }, [open, store])

  const print = async () => {
    await printReady(store)
    dialog.current?.close()
    window.print()
  }

  const describe = (issue: PreflightIssue) =>
    issue.kind === 'overflow'
      ? t.overflows
      : issue.kind === 'shrunk'
        ? t.shrunk(issue.detail ?? '')
        : t.imageFailed(issue.detail ?? '')

  return (
    <dialog
      ref={dialog}
      className="lectern-print-dialog"
      aria-labelledby="lectern-print-dialog-title"
      onClose={() => {
        // The next opening checks again.
        setIssues(null)
        onClose()
      }}
    >
      <h2 id="lectern-print-dialog-title">{t.printButton}</h2>
      <fieldset>
        <legend>{t.pages}</legend>
        {handoutModes.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="lectern-handout"
              value={value}
              checked={mode === value}
              onChange={() => setHandout(value)}
            />
            {t.handouts[value]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.options}</legend>
        <label>
          <input type="checkbox" checked={steps} onChange={(event) => setPrintSteps(event.target.checked)} />
          {t.steps}
        </label>
        <label>
          <input
            type="checkbox"
            checked={drawings}
            disabled={!hasDrawings && !drawings}
            onChange={(event) => setPrintDrawings(event.target.checked)}
          />
          {t.drawings}
        </label>
      </fieldset>
      <section aria-label={t.preflight} aria-live="polite">
        {issues === null ? (
          <p>{t.checking(count)}</p>
        ) : issues.length === 0 ? (
          <p>{t.allFine(count)}</p>
        ) : (
          <ul className="lectern-print-issues">
            {issues.map((issue, index) => (
              <li key={index}>
                <a
                  href={`#${issue.slideIndex + 1}`}
                  onClick={(event) => {
                    event.preventDefault()
                    dialog.current?.close()
                    goTo(issue.slideIndex)
                  }}
                >
                  {t.slide(issue.slideIndex + 1)}
                </a>
                {describe(issue)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="lectern-print-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.cancel}
        </button>
        <button type="button" onClick={print} autoFocus>
          {t.print}
        </button>
      </div>
    </dialog>
  )
}
