/**
 * On an audience device following the talk (`?view=follow`): whether it shows
 * the live slide, and "Back to live" once the viewer has browsed away.
 */
import { useActions, useAppState } from '../../state/index.ts'
import { useMessages } from '../../ui/index.ts'

/** The badge; nothing in other windows. */
export function FollowBadge() {
  const t = useMessages().share
  const follow = useAppState((state) => state.role === 'follow')
  const following = useAppState((state) => state.following)
  const status = useAppState((state) => state.relayStatus)
  const { setRelay } = useActions()
  if (!follow) return null
  return (
    <div className="lectern-follow" role="status" data-status={status} data-following={following || undefined}>
      {status === 'refused' ? (
        t.refusedLink
      ) : status !== 'connected' ? (
        t.status[status]
      ) : following ? (
        <span>● {t.live}</span>
      ) : (
        <button type="button" onClick={() => setRelay({ following: true })}>
          {t.backToLive}
        </button>
      )}
    </div>
  )
}
