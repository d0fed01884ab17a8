/**
 * The start screen: Open file… / Open folder…, the bundled decks and the
 * recent decks (which can be cleared). Reached with the control bar's
 * Open… button.
 */
import { useEffect, useState } from 'react'
import { useActions, useAppState } from '../../state/index.ts'
import { dialogKeys, ModalDialog, useMessages } from '../../ui/index.ts'
import { bundledDecks, clearRecentDecks, listRecentDecks, quickTitle, type RecentDeck } from '../../load/index.ts'

/** Props of {@link StartScreen}. */
export interface StartScreenProps {
  onOpenFile: () => void
  onOpenFolder: () => void
  onOpenBundled: (name: string) => void
  onOpenRecent: (id: string) => void
}

/** Titles of the bundled decks, read when the start screen first shows. */
function useBundledTitles(open: boolean): Record<string, string | null> {
  const [titles, setTitles] = useState<Record<string, string | null>>({})
  useEffect(() => {
    if (!open) return
    let live = true
    Promise.all(bundledDecks.map(async (deck) => [deck.name, quickTitle(await deck.load())] as const)).then(
      (pairs) => live && setTitles(Object.fromEntries(pairs)),
      () => {},
    )
    return () => {
      live = false
    }
  }, [open])
  return titles
}

/** The recent decks, read each time the start screen shows. */
function useRecentDecks(open: boolean): [RecentDeck[], () => void] {
  const [recent, setRecent] = useState<RecentDeck[]>([])
  useEffect(() => {
    if (!open) return
    let live = true
    listRecentDecks().then(
      (list) => live && setRecent(list),
      () => live && setRecent([]),
    )
    return () => {
      live = false
    }
  }, [open])
  const clear = () => {
    setRecent([])
    clearRecentDecks().catch(() => {})
  }
  return [recent, clear]
}

/** The start screen, as a modal dialog. */
export function StartScreen({ onOpenFile, onOpenFolder, onOpenBundled, onOpenRecent }: StartScreenProps) {
  const messages = useMessages()
  const t = messages.open
  const open = useAppState((state) => state.startScreen)
  const language = useAppState((state) => state.language)
  const { setStartScreen } = useActions()
  const titles = useBundledTitles(open)
  const [recent, clearRecent] = useRecentDecks(open)
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <ModalDialog
      open={open}
      onClose={() => setStartScreen(false)}
      label={t.startTitle}
      className="lectern-dialog lectern-open-dialog"
    >
      <div onKeyDown={dialogKeys(() => setStartScreen(false))}>
        <header className="lectern-dialog-header">
          <h2>{t.startTitle}</h2>
          <button type="button" onClick={() => setStartScreen(false)}>
            {messages.close}
          </button>
        </header>
        <div className="lectern-open-actions">
          <button type="button" onClick={onOpenFile}>
            {t.openFile}
          </button>
          <button type="button" onClick={onOpenFolder}>
            {t.openFolder}
          </button>
        </div>
        <p className="lectern-open-hint">{t.dropHint}</p>
        <section aria-labelledby="lectern-open-bundled">
          <h3 id="lectern-open-bundled">{t.bundledDecks}</h3>
          <ul className="lectern-open-list">
            {bundledDecks.map((deck) => (
              <li key={deck.name}>
                <button type="button" onClick={() => onOpenBundled(deck.name)}>
                  <span className="lectern-open-title">{titles[deck.name] ?? deck.name}</span>
                  <span className="lectern-open-name">{deck.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="lectern-open-recent">
          <h3 id="lectern-open-recent">{t.recentDecks}</h3>
          {recent.length === 0 ? (
            <p className="lectern-open-hint">{t.noRecent}</p>
          ) : (
            <>
              <ul className="lectern-open-list">
                {recent.map((deck) => (
                  <li key={deck.id}>
                    <button type="button" onClick={() => onOpenRecent(deck.id)}>
                      <span className="lectern-open-title">{deck.title ?? deck.name}</span>
                      <span className="lectern-open-name">
                        {deck.name} · {date.format(deck.openedAt)}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" className="lectern-open-clear" onClick={clearRecent}>
                {t.clearRecent}
              </button>
            </>
          )}
        </section>
      </div>
    </ModalDialog>
  )
}
