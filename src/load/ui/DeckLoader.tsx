/**
 * Every way of opening a deck from the audience window: drop on the window,
 * paste, Ctrl+O, the start screen (Open file…, Open folder…, bundled and
 * recent decks) and the choice among several dropped decks.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useMessages, usePresenterStore } from '../../present/store-context.tsx'
import { bindDeckHistory, openBundledInStore, openDroppedInStore, openRecentInStore } from '../deck-opener.ts'
import type { DroppedFiles } from '../read-drop.ts'
import { pickDeckFile, pickWithInput } from './pickers.ts'
import { ChooseDeckDialog } from './ChooseDeckDialog.tsx'
import { StartScreen } from './StartScreen.tsx'
import { usePaste } from './use-paste.ts'
import { useWindowDrop } from './use-drop.ts'
import './loader.css'

/** A pending "which deck?" question. */
interface Choice {
  decks: readonly string[]
  answer: (path: string | null) => void
}

/** Open a deck by its address: the page reloads on `?deck=URL` (a reload then keeps it). */
function openUrl(url: string): void {
  const page = new URL(window.location.href)
  for (const name of ['recent', 'bundled']) page.searchParams.delete(name)
  page.searchParams.set('deck', url)
  page.hash = ''
  window.location.assign(page.href)
}

/** The drop target, paste and keyboard listeners, pickers and dialogs for opening decks. */
export function DeckLoader() {
  const store = usePresenterStore()
  const t = useMessages().open
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [choice, setChoice] = useState<Choice | null>(null)

  const choose = useCallback(
    (decks: readonly string[]) => new Promise<string | null>((answer) => setChoice({ decks, answer })),
    [],
  )
  const open = useCallback(
    async (dropped: DroppedFiles | null | Promise<DroppedFiles | null>) => {
      const files = await dropped
      if (!files) return
      store.getState().setStartScreen(false)
      await openDroppedInStore(store, files, choose)
    },
    [store, choose],
  )
  const openFile = useCallback(() => open(pickDeckFile(fileInput.current)), [open])
  const openFolder = useCallback(() => open(pickWithInput(folderInput.current)), [open])

  const dragging = useWindowDrop(open, openUrl)
  usePaste(open, openUrl)
  useEffect(bindDeckHistory, [])
  useEffect(() => {
    const key = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        void openFile()
      }
    }
    window.addEventListener('keydown', key)
    return () => window.removeEventListener('keydown', key)
  }, [openFile])

  return (
    <>
      {dragging ? (
        <div className="lectern-drop-hint" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      ) : null}
      <input
        ref={fileInput}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        multiple
        hidden
        data-testid="open-file-input"
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="open-folder-input"
        {...{ webkitdirectory: '' }}
      />
      <StartScreen
        onOpenFile={openFile}
        onOpenFolder={openFolder}
        onOpenBundled={(name) => void openBundledInStore(store, name)}
        onOpenRecent={(id) => void openRecentInStore(store, id)}
      />
      <ChooseDeckDialog
        decks={choice?.decks ?? null}
        onChoose={(path) => {
          choice?.answer(path)
          setChoice(null)
        }}
      />
    </>
  )
}

/** The control bar's Open… button: shows the start screen. */
export function OpenDeckButton() {
  const store = usePresenterStore()
  const t = useMessages().open
  return (
    <button
      type="button"
      className="lectern-icon lectern-open-button"
      aria-label={t.openButton}
      title={`${t.openTitle} (Ctrl+O)`}
      aria-haspopup="dialog"
      onClick={() => store.getState().setStartScreen(true)}
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
        <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      </svg>
    </button>
  )
}
