/**
 * Presenting from other devices, in the presenter view: once a relay is in
 * use, a QR code and a link for the phone remote (it drives: keep it to
 * yourself) and for the audience (they follow on their own devices), and who
 * is connected.
 */
import { lazy, Suspense, useState } from 'react'
import { useAppState } from '../../state/index.ts'
import { useMessages } from '../../ui/index.ts'

const QrCode = lazy(() => import('./qr-code.tsx'))

function Share({ link, title, hint }: { link: string; title: string; hint: string }) {
  const t = useMessages().share
  const [copied, setCopied] = useState(false)
  return (
    <figure className="lectern-pv-share-item">
      <Suspense fallback={<div className="lectern-qr" />}>
        <QrCode text={link} label={title} />
      </Suspense>
      <figcaption>
        <strong>{title}</strong>
        <span>{hint}</span>
        <a href={link} target="_blank" rel="noreferrer">
          {t.open}
        </a>
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => {},
            )
          }
        >
          {copied ? t.copied : t.copy}
        </button>
      </figcaption>
    </figure>
  )
}

/** The share panel: nothing while no relay is in use. */
export function SharePanel() {
  const t = useMessages().share
  const status = useAppState((state) => state.relayStatus)
  const links = useAppState((state) => state.relayLinks)
  const presence = useAppState((state) => state.relayPresence)
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname)
  if (status === 'off') return null
  return (
    <details className="lectern-pv-share" open>
      <summary>
        {t.title}{' '}
        <span className="lectern-pv-relay" data-status={status}>
          {t.status[status]}
        </span>
        {presence && <span> · {t.presence(presence.presenters - 1, presence.followers)}</span>}
      </summary>
      {links ? (
        <div className="lectern-pv-share-links">
          <Share link={links.remote} title={t.remote} hint={t.remoteHint} />
          <Share link={links.follow} title={t.follow} hint={t.followHint} />
        </div>
      ) : (
        <p>{t.waiting}</p>
      )}
      {links && local && <p className="lectern-pv-empty">{t.localOnly}</p>}
    </details>
  )
}
