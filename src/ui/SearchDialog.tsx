/**
 * Search (Ctrl+F or /): words in the slides and in the notes, each hit with
 * its slide, its title and the text around it; Enter or a click goes to the
 * slide and marks the text there.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { Deck } from '../deck/index.ts'
import { useRenderer } from '../render/index.ts'
import { useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { ModalDialog } from './ModalDialog.tsx'
import { searchDeck, type SearchHit } from './search.ts'

/** The search dialog. */
export function SearchDialog({ deck }: { deck: Deck }) {
  const t = useMessages().search
  const open = useAppState((state) => state.overlay === 'search')
  const { setOverlay } = useActions()
  return (
    <ModalDialog
      open={open}
      onClose={() => setOverlay(null)}
      label={t.title}
      className="lectern-dialog lectern-goto lectern-search"
    >
      <SearchForm deck={deck} />
    </ModalDialog>
  )
}

function SearchForm({ deck }: { deck: Deck }) {
  const t = useMessages().search
  const renderer = useRenderer()
  const { showFound } = useActions()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // Typing stays quick on long decks: the hits follow a beat behind.
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => searchDeck(deck, renderer.slideText, deferred), [deck, renderer, deferred])
  const id = useId()
  const chosen = hits[Math.min(active, hits.length - 1)]
  const go = (hit: SearchHit) => showFound(hit.index, hit.match)

  return (
    <form
      className="lectern-goto-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosen) go(chosen)
      }}
    >
      <h2 className="lectern-goto-title">{t.title}</h2>
      <label htmlFor={`${id}-input`}>{t.input}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoFocus
        autoComplete="off"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-hits`}
        aria-autocomplete="list"
        aria-activedescendant={chosen ? `${id}-hit-${hits.indexOf(chosen)}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          const step = event.key === 'ArrowDown' ? 1 : -1
          setActive((old) => Math.min(Math.max(Math.min(old, hits.length - 1) + step, 0), Math.max(hits.length - 1, 0)))
        }}
      />
      <p className="lectern-hint" role="status">
        {deferred.trim() ? t.count(hits.length) : t.hint}
      </p>
      <ul id={`${id}-hits`} role="listbox" aria-label={t.hits} className="lectern-matches">
        {hits.map((hit, index) => (
          <li
            key={index}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={hit === chosen}
            onClick={() => go(hit)}
          >
            <span className="lectern-hit-where">{t.where(hit.index + 1, hit.title, hit.where)}</span>
            <span className="lectern-hit-text">
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </span>
          </li>
        ))}
      </ul>
    </form>
  )
}
