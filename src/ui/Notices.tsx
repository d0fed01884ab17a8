/**
 * Dismissible notices over the presentation: a failed load, a theme that is
 * not available, a deck's CSS left out (imports, or too much), a deck read in a legacy encoding, and the engine's warnings
 * about the deck (a broken front matter, an unclosed comment) as a panel.
 */
import { useMemo } from 'react'
import { useRenderer } from '../render/index.ts'
import { useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { listNotices, type Notice } from './notices.ts'
import './warnings.css'

/** A notice about the deck itself, beside those of `listNotices`. */
type DeckNotice = { id: string; kind: 'encoding'; name: string; encoding: string } | { id: string; kind: 'warnings' }

/** The notices the user has not dismissed; the presentation goes on beneath them. */
export function Notices() {
  const t = useMessages()
  const deck = useAppState((state) => state.deck)
  const source = useAppState((state) => state.source)
  const error = useAppState((state) => state.error)
  const dismissedNotices = useAppState((state) => state.dismissedNotices)
  const { dismissNotice } = useActions()
  const renderer = useRenderer()
  const notices = useMemo(() => {
    const resolveTheme = (shown: NonNullable<typeof deck>) => renderer.deck(shown).theme
    const cssLeftOut = (shown: NonNullable<typeof deck>) => {
      const prepared = renderer.deck(shown)
      return { imports: prepared.refusedImports ?? [], cut: prepared.cssCut ?? false }
    }
    const list: (Notice | DeckNotice)[] = listNotices({ deck, error, dismissedNotices }, resolveTheme, cssLeftOut)
    const key = source ? `${source.kind}:${source.kind === 'file' ? source.id : source.name}` : ''
    if (source?.kind === 'file' && source.encoding)
      list.push({ id: `encoding:${key}`, kind: 'encoding', name: source.name, encoding: source.encoding })
    if (deck && deck.warnings.length > 0) list.push({ id: `warnings:${key}:${deck.warnings.length}`, kind: 'warnings' })
    return list.filter((notice) => !dismissedNotices.includes(notice.id))
  }, [deck, source, error, dismissedNotices, renderer])
  if (notices.length === 0) return null

  const text = (notice: Notice | DeckNotice) => {
    switch (notice.kind) {
      case 'unknown-theme':
        return <p>{t.themeUnavailable(notice.theme)}</p>
      case 'css-left-out':
        return <p>{t.cssLeftOut(notice.imports, notice.cut)}</p>
      case 'load-error':
        return (
          <p>{`${t.loadFailed(notice.error)}${notice.fallback && notice.error.origin !== 'file' ? ` ${t.showingBundled}` : ''}`}</p>
        )
      case 'encoding':
        return <p>{t.open.encodingWarning(notice.name, notice.encoding)}</p>
      case 'warnings':
        return (
          <details className="lectern-warnings" open>
            <summary>{t.open.warningsTitle(deck?.warnings.length ?? 0)}</summary>
            <ul>
              {deck?.warnings.map((warning, index) => (
                <li key={index}>
                  <span className="lectern-warning-line">{t.open.warningLine(warning.line)}</span> {warning.message}
                </li>
              ))}
            </ul>
          </details>
        )
    }
  }

  return (
    <div className="lectern-notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="lectern-notice"
          data-kind={notice.kind}
          role={notice.kind === 'load-error' ? 'alert' : 'note'}
        >
          {text(notice)}
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}
