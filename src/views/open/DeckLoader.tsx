/**
 * Every way of opening a deck from the audience window: drop on the window,
 * paste, the file picker (Ctrl+O, through the key table), the start screen
 * (Open file…, Open folder…, bundled and recent decks) and the choice among
 * several dropped decks.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { DroppedFiles } from '../../load/index.ts'
import { useRenderer } from '../../render/index.ts'
import { loadDeferred, useAppState, useAppStore, type DeckOpener } from '../../state/index.ts'
import { Icon, lazyPart, useMessages } from '../../ui/index.ts'
import { useWindowDrop } from './use-drop.ts'
import { usePaste } from './use-paste.ts'
import './loader.css'

// Shown only on demand: after the first paint.
const StartScreen = lazyPart(() => import('./StartScreen.tsx').then((module) => module.StartScreen))
const ChooseDeckDialog = lazyPart(() => import('./ChooseDeckDialog.tsx').then((module) => module.ChooseDeckDialog))

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

/** What {@link useDeckLoader} gives the app. */
export interface DeckLoader {
  /** Open a deck file with the file picker (the key table's Ctrl+O). */
  openFile: () => void
  /** The drop hint, the hidden file inputs and the dialogs, to render once. */
  element: ReactNode
}

/** The drop target, paste listener, pickers and dialogs for opening decks. */
export function useDeckLoader(): DeckLoader {
  const store = useAppStore()
  const renderer = useRenderer()
  const t = useMessages().open
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [choice, setChoice] = useState<Choice | null>(null)
  // Made once the open path has loaded (right after the first paint): the parse worker and what it warms.
  const [opener, setOpener] = useState<DeckOpener | null>(null)

  const choose = useCallback(
    (decks: readonly string[]) => new Promise<string | null>((answer) => setChoice({ decks, answer })),
    [],
  )
  const open = useCallback(
    async (dropped: DroppedFiles | null | Promise<DroppedFiles | null>) => {
      const files = await dropped
      if (!files) return
      store.getState().setStartScreen(false)
      const { openDroppedInStore } = await loadDeferred()
      await openDroppedInStore(store, renderer, files, choose, opener?.parser)
    },
    [store, renderer, choose, opener],
  )
  // The pickers load when first used: the click's (or Ctrl+O's) user activation outlasts the fetch.
  const openFile = useCallback(
    () => void open(import('./pickers.ts').then(({ pickDeckFile }) => pickDeckFile(fileInput.current))),
    [open],
  )
  const openFolder = useCallback(
    () => void open(import('./pickers.ts').then(({ pickWithInput }) => pickWithInput(folderInput.current))),
    [open],
  )

  const warm = useCallback(() => opener?.warm(), [opener])
  const dragging = useWindowDrop(open, openUrl, warm)
  usePaste(open, openUrl)
  useEffect(() => {
    let stop: (() => void) | null = null
    let made: DeckOpener | null = null
    let live = true
    // Also fetches the open path right after the first paint, so a drop does not wait for it.
    void loadDeferred().then(({ bindDeckHistory, createDeckOpener }) => {
      if (!live) return
      stop = bindDeckHistory(store)
      made = createDeckOpener(renderer)
      setOpener(made)
    })
    return () => {
      live = false
      stop?.()
      made?.dispose()
    }
  }, [store, renderer])
  // Once the page shows its deck and is idle, start what a dropped deck needs (the parse worker, the renderer's
  // pipeline), so a drop waits only for its own deck; not while a deck loads (a URL deck at start).
  const loading = useAppState((state) => state.status === 'loading')
  useEffect(() => {
    if (loading || !opener) return
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const handle = idle(() => opener.warm())
    return () => cancel(handle)
  }, [opener, loading])

  const element = (
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
        onOpenBundled={(name) =>
          void loadDeferred().then((opening) => opening.openBundledInStore(store, renderer, name))
        }
        onOpenRecent={(id) => void loadDeferred().then((opening) => opening.openRecentInStore(store, renderer, id))}
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
  return { openFile, element }
}

/** The control bar's Open… button: shows the start screen. */
export function OpenDeckButton() {
  const store = useAppStore()
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
      <Icon path="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
    </button>
  )
}
