/**
 * The presenter view (`?view=presenter`): the current slide, the next step,
 * the notes, the slide number, timers and the clock. It drives the same
 * store as the audience window (the sync is bound by the app, not here).
 */
import { useEffect } from 'react'
import type { Deck, Slide } from '../../deck/index.ts'
import { PresentedSlideContext } from '../../render/index.ts'
import { bindTimer, slideTitle, useAppState, useAppStore } from '../../state/index.ts'
import {
  DrawToolbar,
  FittedSlide,
  GoToDialog,
  HelpDialog,
  NotesPanel,
  NotesSizeButtons,
  SearchDialog,
  SpeakerWindow,
  StepButtons,
  useMessages,
  useNow,
} from '../../ui/index.ts'
import { PresenterBar } from './PresenterBar.tsx'
import { Rehearsal } from './Rehearsal.tsx'
import { SharePanel } from './SharePanel.tsx'
import './presenter.css'

/** A slide fitted into its part of the view. */
function SlidePreview(props: { deck: Deck; slide: Slide; fragment: number; label: string; live?: boolean }) {
  const { live = false, ...slide } = props
  return (
    <FittedSlide
      boxClassName="lectern-pv-preview"
      className="lectern-pv-frame"
      marks={live ? 'live' : 'drawings'}
      {...slide}
    />
  )
}

/** What comes next: the next fragment of this slide, the next slide, or the end. */
function NextStep({ deck }: { deck: Deck }) {
  const t = useMessages().presenter
  const slideIndex = useAppState((state) => state.slideIndex)
  const fragment = useAppState((state) => state.fragment)
  const slide = deck.slides[slideIndex]!
  const next = deck.slides[slideIndex + 1]
  const label = (n: number, title: string | null) => `${t.nextStep}: ${t.slide} ${n}${title ? `: ${title}` : ''}`
  if (fragment < slide.fragments) {
    return (
      <>
        <h2>{t.nextFragment}</h2>
        <SlidePreview
          deck={deck}
          slide={slide}
          fragment={fragment + 1}
          label={label(slideIndex + 1, slideTitle(slide))}
        />
      </>
    )
  }
  return (
    <>
      <h2>{t.nextStep}</h2>
      {next ? (
        <SlidePreview deck={deck} slide={next} fragment={0} label={label(slideIndex + 2, slideTitle(next))} />
      ) : (
        <p className="lectern-pv-end">{t.endOfDeck}</p>
      )}
    </>
  )
}

/** The presenter view. */
export function PresenterView() {
  const store = useAppStore()
  const t = useMessages().presenter
  const deck = useAppState((state) => state.deck)
  const status = useAppState((state) => state.status)
  const slideIndex = useAppState((state) => state.slideIndex)
  const fragment = useAppState((state) => state.fragment)
  const cover = useAppState((state) => state.cover)
  const now = useNow()
  useEffect(() => bindTimer(store), [store])

  if (status === 'loading' || !deck || deck.slides.length === 0) {
    return (
      <SpeakerWindow className="lectern-pv-presenter" label={t.presenterView}>
        <p className="lectern-message" role="status">
          …
        </p>
      </SpeakerWindow>
    )
  }

  const slide = deck.slides[slideIndex]!
  const title = slideTitle(slide)
  return (
    <SpeakerWindow className="lectern-pv-presenter" label={t.presenterView}>
      <PresenterBar deck={deck} now={now} />
      {/* Tables of contents on the previews mark the section being presented. */}
      <PresentedSlideContext value={slideIndex}>
        <main className="lectern-pv-main">
          <section className="lectern-pv-current" aria-label={t.current}>
            <SlidePreview
              deck={deck}
              slide={slide}
              fragment={fragment}
              label={`${t.slide} ${slideIndex + 1}${title ? `: ${title}` : ''}`}
              live
            />
            {cover && <div className="lectern-pv-cover" data-cover={cover} />}
            <StepButtons />
          </section>
          <aside className="lectern-pv-side">
            <section className="lectern-pv-next" aria-label={t.nextStep}>
              <NextStep deck={deck} />
            </section>
            <div className="lectern-pv-notes-head">
              <h2>{t.notes}</h2>
              <NotesSizeButtons />
            </div>
            <NotesPanel slide={slide} />
            <Rehearsal deck={deck} now={now} />
            <SharePanel />
          </aside>
        </main>
      </PresentedSlideContext>
      <DrawToolbar />
      <GoToDialog deck={deck} />
      <SearchDialog deck={deck} />
      <HelpDialog />
    </SpeakerWindow>
  )
}
