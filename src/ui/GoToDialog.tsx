/** The go-to dialog: a slide number or words from a heading, with matches to pick from. */
import { useId, useMemo, useState } from 'react'
import type { Deck } from '../deck/index.ts'
import { useRenderer } from '../render/index.ts'
import { findSlides } from './find-slides.ts'
import { ModalDialog } from './ModalDialog.tsx'
import { selectIsGoToOpen, useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'

/** The go-to dialog. */
export function GoToDialog({ deck }: { deck: Deck }) {
  const t = useMessages()
  const open = useAppState(selectIsGoToOpen)
  const setOverlay = useActions().setOverlay
  return (
    <ModalDialog
      open={open}
      onClose={() => setOverlay(null)}
      label={t.goToSlide}
      className="lectern-dialog lectern-goto"
    >
      <GoToForm deck={deck} />
    </ModalDialog>
  )
}

/** A combobox over the matches: ↑/↓ pick, Enter goes, a click goes. */
function GoToForm({ deck }: { deck: Deck }) {
  const t = useMessages()
  const goTo = useActions().goTo
  const setOverlay = useActions().setOverlay
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const renderer = useRenderer()
  const matches = useMemo(() => findSlides(deck, query, renderer.slideText), [deck, query, renderer])
  const id = useId()
  const listId = `${id}-matches`
  const hintId = `${id}-hint`
  const chosen = matches[Math.min(active, matches.length - 1)]

  function go(index: number) {
    goTo(index)
    setOverlay(null)
  }

  return (
    <form
      className="lectern-goto-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosen) go(chosen.index)
      }}
    >
      <h2 className="lectern-goto-title">{t.goToSlide}</h2>
      <label htmlFor={`${id}-input`}>{t.goToInput}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        aria-describedby={hintId}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={chosen ? `${id}-option-${chosen.index}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          const step = event.key === 'ArrowDown' ? 1 : -1
          setActive((old) =>
            Math.min(Math.max(Math.min(old, matches.length - 1) + step, 0), Math.max(matches.length - 1, 0)),
          )
        }}
      />
      <p id={hintId} className="lectern-hint">
        {query.trim() && matches.length === 0 ? t.noMatch : t.goToHint}
      </p>
      <ul id={listId} role="listbox" aria-label={t.matches} className="lectern-matches">
        {matches.map((match) => (
          <li
            key={match.index}
            id={`${id}-option-${match.index}`}
            role="option"
            aria-selected={match === chosen}
            onClick={() => go(match.index)}
          >
            {t.thumbnailLabel(match.index + 1, match.title)}
          </li>
        ))}
      </ul>
    </form>
  )
}
