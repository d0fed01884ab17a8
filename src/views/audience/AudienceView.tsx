/** The audience view: the stage, the control bar, the overlays and the notices, for the store's deck. */
import type { ReactNode } from 'react'
import {
  DrawToolbar,
  GoToDialog,
  HelpDialog,
  lazyPart,
  Notices,
  ProgressBar,
  SearchDialog,
  useIdle,
  useMessages,
} from '../../ui/index.ts'
import { useAppState } from '../../state/index.ts'
import { Controls } from './Controls.tsx'
import { Stage } from './Stage.tsx'
import './audience.css'

const Overview = lazyPart(() => import('./Overview.tsx').then((module) => module.Overview))
// What only a change shows (a slide announced, digits typed) or only a following device has: after the first paint.
const SlideAnnouncer = lazyPart(() => import('./SlideAnnouncer.tsx').then((module) => module.SlideAnnouncer))
const TypedNumber = lazyPart(() => import('./SlideAnnouncer.tsx').then((module) => module.TypedNumber))
const FollowBadge = lazyPart(() => import('./FollowBadge.tsx').then((module) => module.FollowBadge))

/** How long the mouse must rest before the controls fade, in ms. */
const idleMs = 3000

/** Props of {@link AudienceView}. */
export interface AudienceViewProps {
  /** More buttons for the control bar (open, print, presenter view), given by the app. */
  actions?: ReactNode
}

/** The audience view. It reads everything from the store given by `StoreProvider`. */
export function AudienceView({ actions }: AudienceViewProps) {
  const t = useMessages()
  const deck = useAppState((state) => state.deck)
  const status = useAppState((state) => state.status)
  const source = useAppState((state) => state.source)
  const language = useAppState((state) => state.language)
  const cover = useAppState((state) => state.cover)
  const idle = useIdle(idleMs)

  let body
  if (status === 'loading') {
    body = (
      <p className="lectern-message" role="status">
        {t.loading(source?.kind === 'url' ? source.url : (source?.name ?? ''))}
      </p>
    )
  } else if (!deck) {
    body = null
  } else if (deck.slides.length === 0) {
    body = <p className="lectern-message">{t.noSlides}</p>
  } else {
    body = (
      <>
        <Stage deck={deck} />
        <ProgressBar />
        <FollowBadge />
        <DrawToolbar />
        <Controls idle={idle} actions={actions} />
        <SlideAnnouncer />
        <TypedNumber />
        <Overview deck={deck} />
        <GoToDialog deck={deck} />
        <SearchDialog deck={deck} />
        <HelpDialog />
      </>
    )
  }

  return (
    <div
      className="lectern-window lectern-audience"
      lang={language}
      data-idle={idle || undefined}
      data-cover={cover ?? undefined}
    >
      {body}
      <Notices />
    </div>
  )
}
