/** Several Markdown files arrived at once: which one to present. */
import { dialogKeys, ModalDialog, useMessages } from '../../ui/index.ts'

/** Props of {@link ChooseDeckDialog}. */
export interface ChooseDeckDialogProps {
  /** The decks' paths in the drop, or null when no choice is asked. */
  decks: readonly string[] | null
  /** Called with the chosen path, or null when cancelled. */
  onChoose: (path: string | null) => void
}

/** A small dialog listing the dropped decks. */
export function ChooseDeckDialog({ decks, onChoose }: ChooseDeckDialogProps) {
  const t = useMessages().open
  return (
    <ModalDialog
      open={decks !== null}
      onClose={() => onChoose(null)}
      label={t.chooseDeck}
      className="lectern-dialog lectern-open-dialog"
    >
      <div onKeyDown={dialogKeys(() => onChoose(null))}>
        <header className="lectern-dialog-header">
          <h2>{t.chooseDeck}</h2>
          <button type="button" onClick={() => onChoose(null)}>
            {t.cancel}
          </button>
        </header>
        <p className="lectern-open-hint">{t.chooseDeckHint(decks?.length ?? 0)}</p>
        <ul className="lectern-open-list">
          {decks?.map((path) => (
            <li key={path}>
              <button type="button" onClick={() => onChoose(path)}>
                <span className="lectern-open-title">{path}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </ModalDialog>
  )
}
