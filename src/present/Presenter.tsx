/** The presenter view: stage, notices, controls and overlays for the store's deck. */
import { Controls } from './Controls.tsx'
import { toggleFullscreen } from './fullscreen.ts'
import { GoToDialog } from './GoToDialog.tsx'
import { HelpDialog } from './HelpDialog.tsx'
import { Notices } from './Notices.tsx'
import { Overview } from './Overview.tsx'
import { SlideAnnouncer, TypedNumber } from './SlideAnnouncer.tsx'
import { Stage } from './Stage.tsx'
import { useMessages, usePresenter, usePresenterStore } from './store-context.tsx'
import { useIdle } from './use-idle.ts'
import { useKeyboard } from './use-keyboard.ts'
import type { KeyEffects } from './key-actions.ts'
import { PrintRoot } from '../print/index.ts'
import './presenter.css'

const effects: KeyEffects = { toggleFullscreen }

/** How long the mouse must rest before the controls fade, in ms. */
const idleMs = 3000

/**
 * The presenter. It reads everything from the presenter store given by
 * `PresenterStoreProvider`.
 */
export function Presenter() {
  const store = usePresenterStore()
  const t = useMessages()
  const deck = usePresenter((state) => state.deck)
  const status = usePresenter((state) => state.status)
  const source = usePresenter((state) => state.source)
  const language = usePresenter((state) => state.language)
  const cover = usePresenter((state) => state.cover)
  const idle = useIdle(idleMs)
  useKeyboard(store, effects)

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
        <Controls idle={idle} />
        <SlideAnnouncer />
        <TypedNumber />
        <Overview deck={deck} />
        <GoToDialog deck={deck} />
        <HelpDialog />
      </>
    )
  }

  return (
    <div className="lectern-presenter" lang={language} data-idle={idle || undefined} data-cover={cover ?? undefined}>
      {body}
      <Notices />
      <PrintRoot deck={status === 'loading' ? null : deck} />
    </div>
  )
}
