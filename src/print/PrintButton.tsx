/**
 * The "Print / PDF" button and its dialog: the handout layout, a preflight of
 * the printed pages (overflowing slides, images that failed, each with a link
 * to its slide), then `window.print()` once fonts and images are ready.
 */
import { useRef, useState } from 'react'
import { usePresenter, usePresenterActions } from '../present/store-context.tsx'
import { handoutModes, usePrintStore, type HandoutMode } from './print-options.ts'
import { imagesSettled, preflight, type PreflightIssue } from './preflight.ts'

const modeLabels: Record<HandoutMode, string> = {
  slides: 'Slides',
  'slides-notes': 'Slides and notes',
  notes: 'Notes only',
}

/** The print view's element, once mounted. */
function printRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-lectern-print]:has([data-ready])')
}

/** Wait for the print view to mount, then for fonts and its images. */
export async function printReady(): Promise<HTMLElement | null> {
  usePrintStore.getState().activate()
  for (let tries = 0; tries < 300 && !printRoot(); tries++)
    await new Promise((resolve) => requestAnimationFrame(resolve))
  const root = printRoot()
  await document.fonts.ready
  if (root) await imagesSettled(root)
  return root
}

/** The button, for the control bar. */
export function PrintButton() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [issues, setIssues] = useState<PreflightIssue[] | null>(null)
  const mode = usePrintStore((state) => state.mode)
  const setMode = usePrintStore((state) => state.setMode)
  const count = usePresenter((state) => state.deck?.slides.length ?? 0)
  const { goTo } = usePresenterActions()

  const open = async () => {
    setIssues(null)
    dialog.current?.showModal()
    const root = await printReady()
    setIssues(root ? preflight(root) : [])
  }

  const print = async () => {
    await printReady()
    dialog.current?.close()
    window.print()
  }

  return (
    <>
      <button
        type="button"
        className="lectern-icon"
        aria-label="Print / PDF"
        title="Print / PDF"
        aria-haspopup="dialog"
        onClick={open}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M7 14h10v6H7z" />
        </svg>
      </button>
      <dialog ref={dialog} className="lectern-print-dialog" aria-labelledby="lectern-print-dialog-title">
        <h2 id="lectern-print-dialog-title">Print / PDF</h2>
        <fieldset>
          <legend>Pages</legend>
          {handoutModes.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="lectern-handout"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {modeLabels[value]}
            </label>
          ))}
        </fieldset>
        <section aria-label="Preflight" aria-live="polite">
          {issues === null ? (
            <p>Checking {count} slides…</p>
          ) : issues.length === 0 ? (
            <p>All {count} slides fit and every image loaded.</p>
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
                    Slide {issue.slideIndex + 1}
                  </a>
                  {issue.kind === 'overflow'
                    ? ': content overflows the slide'
                    : issue.kind === 'shrunk'
                      ? `: shrunk to ${issue.detail} %`
                      : `: image did not load${issue.detail ? ` (${issue.detail})` : ''}`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="lectern-print-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" onClick={print} autoFocus>
            Print
          </button>
        </div>
      </dialog>
    </>
  )
}
