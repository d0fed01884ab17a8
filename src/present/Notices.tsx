/** Dismissible notices over the presentation: a failed load, a theme that is not available. */
import { useMemo } from 'react'
import { resolveTheme } from '../render/index.ts'
import { listNotices, type Notice } from './notices.ts'
import { useMessages, usePresenter, usePresenterActions } from './store-context.tsx'

/** The notices the user has not dismissed; the presentation goes on beneath them. */
export function Notices() {
  const t = useMessages()
  const deck = usePresenter((state) => state.deck)
  const error = usePresenter((state) => state.error)
  const dismissedNotices = usePresenter((state) => state.dismissedNotices)
  const { dismissNotice } = usePresenterActions()
  const notices = useMemo(() => listNotices({ deck, error, dismissedNotices }, resolveTheme), [deck, error, dismissedNotices])
  if (notices.length === 0) return null

  const text = (notice: Notice) =>
    notice.kind === 'unknown-theme'
      ? t.themeUnavailable(notice.theme)
      : `${t.loadFailed(notice.error)}${notice.fallback ? ` ${t.showingBundled}` : ''}`

  return (
    <div className="lectern-notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="lectern-notice"
          data-kind={notice.kind}
          role={notice.kind === 'load-error' ? 'alert' : 'note'}
        >
          <p>{text(notice)}</p>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}
