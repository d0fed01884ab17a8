/**
 * The presenter view (`?view=presenter`): the current slide, the next step,
 * the notes, the slide number, timers and the clock; and the notes-only view
 * (`?view=notes`) for a phone. Both drive the same store as the audience
 * window (the sync is bound by the app, not here).
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Deck, Slide } from '../deck/types.ts'
import { toggleFullscreen } from '../present/fullscreen.ts'
import { GoToDialog } from '../present/GoToDialog.tsx'
import { HelpDialog } from '../present/HelpDialog.tsx'
import type { KeyEffects } from '../present/key-actions.ts'
import { Notices } from '../present/Notices.tsx'
import { selectIsAtEnd, selectIsAtStart, slideTitle } from '../present/store/index.ts'
import { usePresenter, usePresenterActions, usePresenterStore } from '../present/store-context.tsx'
import { fitBox, useElementSize } from '../present/use-element-size.ts'
import { useKeyboard } from '../present/use-keyboard.ts'
import { DeckRoot, SlideView } from '../render/index.ts'
import { PresentedSlideContext } from '../render/presented-slide.ts'
import { ShrunkBadge } from '../present/ShrunkBadge.tsx'
import { viewMessagesFor, type ViewMessages } from './messages.ts'
import type { PeerState } from './sync.ts'
import { createTimer, type Timer } from './timer.ts'
import { formatTime, parseDuration, timingCsv, timingMarkdown, timingRows } from './timing.ts'
import { PrintRoot } from '../print/index.ts'
import { canSwapDisplays, swapDisplays } from './swap-displays.ts'
import '../present/presenter.css'
import './presenter-view.css'

const effects: KeyEffects = { toggleFullscreen, openPresenterView: null }
const NotesText = lazy(() => import('./NotesText.tsx'))
const noPeers: StoreApi<PeerState> = createStore<PeerState>()(() => ({ lastSeen: {} }))

function useViewMessages(): ViewMessages {
  return viewMessagesFor(usePresenter((state) => state.language))
}

/** The current time, ticking every `ms`. */
function useNow(ms = 250): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(id)
  }, [ms])
  return now
}

const fontKey = 'lectern.notesFontSize'

/** The notes' font size in px, kept in localStorage, and + / − keys for it. */
function useNotesFontSize(initial: number): [number, (delta: number) => void] {
  const [size, setSize] = useState(() => {
    const stored = Number(globalThis.localStorage?.getItem(fontKey))
    return stored >= 10 && stored <= 96 ? stored : initial
  })
  const change = (delta: number) =>
    setSize((current) => {
      const next = Math.min(96, Math.max(10, current + delta))
      try {
        localStorage.setItem(fontKey, String(next))
      } catch {
        // Not remembered.
      }
      return next
    })
  const changeRef = useRef(change)
  useEffect(() => {
    changeRef.current = change
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      if (event.target instanceof Element && event.target.closest('input, textarea, select')) return
      if (event.key === '+' || event.key === '=') changeRef.current(2)
      else if (event.key === '-' || event.key === '_') changeRef.current(-2)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return [size, change]
}

/** A slide scaled to fit its box. */
function SlidePreview({ deck, slide, fragment, label }: { deck: Deck; slide: Slide; fragment: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const size = useElementSize(ref)
  const { scale, x, y } = fitBox(size, slide)
  return (
    <div className="lectern-pv-preview" ref={ref}>
      <DeckRoot deck={deck} className="lectern-deck" lang={deck.meta.lang ?? undefined}>
        <div
          className="lectern-pv-frame"
          role="group"
          aria-roledescription="slide"
          aria-label={label}
          data-fragment={fragment}
          style={{ width: slide.width, height: slide.height, transform: `translate(${x}px, ${y}px) scale(${scale})` }}
        >
          <SlideView deck={deck} slide={slide} fragment={fragment} />
        </div>
      </DeckRoot>
    </div>
  )
}

/** The current slide's notes, formatted, at the chosen size; or a line saying there are none. */
function Notes({ slide, fontSize, t }: { slide: Slide | undefined; fontSize: number; t: ViewMessages }) {
  return (
    <section className="lectern-pv-notes" aria-label={t.notes} style={{ fontSize }}>
      {slide && slide.notes.length > 0 ? (
        <Suspense fallback={<p>{t.loadingNotes}</p>}>
          <NotesText notes={slide.notes} />
        </Suspense>
      ) : (
        <p className="lectern-pv-empty">{t.noNotes}</p>
      )}
    </section>
  )
}

function FontButtons({ change, t }: { change: (delta: number) => void; t: ViewMessages }) {
  return (
    <span className="lectern-pv-font">
      <button type="button" aria-label={t.smaller} title={`${t.smaller} (−)`} onClick={() => change(-2)}>
        A−
      </button>
      <button type="button" aria-label={t.larger} title={`${t.larger} (+)`} onClick={() => change(2)}>
        A+
      </button>
    </span>
  )
}

function NavButtons({ t }: { t: ViewMessages }) {
  const { next, previous } = usePresenterActions()
  const atStart = usePresenter(selectIsAtStart)
  const atEnd = usePresenter(selectIsAtEnd)
  return (
    <span className="lectern-pv-nav">
      <button type="button" onClick={previous} disabled={atStart}>
        ← {t.previous}
      </button>
      <button type="button" onClick={next} disabled={atEnd}>
        {t.next} →
      </button>
    </span>
  )
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

function Rehearsal({ deck, timer, now, t }: { deck: Deck; timer: Timer; now: number; t: ViewMessages }) {
  const rows = timingRows(
    deck.slides.map((slide) => slideTitle(slide) ?? ''),
    timer.spentAt(now),
  )
  const base = (deck.meta.title ?? 'deck').replace(/[^\p{L}\p{N}._-]+/gu, '-')
  return (
    <details className="lectern-pv-rehearsal">
      <summary>{t.rehearsal}</summary>
      <div className="lectern-pv-downloads">
        <button
          type="button"
          onClick={() =>
            download(
              `${base}-timings.csv`,
              'text/csv',
              timingCsv(
                timingRows(
                  rows.map((r) => r.title),
                  timer.spentAt(Date.now()),
                ),
              ),
            )
          }
        >
          {t.downloadCsv}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `${base}-timings.md`,
              'text/markdown',
              timingMarkdown(
                timingRows(
                  rows.map((r) => r.title),
                  timer.spentAt(Date.now()),
                ),
              ),
            )
          }
        >
          {t.downloadMarkdown}
        </button>
      </div>
      <table>
        <caption>{t.rehearsal}</caption>
        <thead>
          <tr>
            <th scope="col">{t.slide}</th>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.skipped}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slide}>
              <td>{row.slide}</td>
              <td>{row.title || t.untitled}</td>
              <td>{formatTime(row.ms)}</td>
              <td>{row.skipped ? t.yes : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

/** The talk's duration: `?duration=` first, then the deck's front-matter `duration`. */
function useDuration(deck: Deck): number | null {
  return useMemo(() => {
    const param = new URLSearchParams(window.location.search).get('duration')
    return parseDuration(param) ?? parseDuration(deck.meta.extra.duration)
  }, [deck])
}

/** Offered only where the browser can place windows on screens (Window Management API). */
function SwapDisplaysButton({ label, failed }: { label: string; failed: string }) {
  const [message, setMessage] = useState<string | null>(null)
  if (!canSwapDisplays()) return null
  return (
    <span>
      <button type="button" onClick={() => void swapDisplays().then((moved) => setMessage(moved ? null : failed))}>
        {label}
      </button>
      {message && <span role="status">{message}</span>}
    </span>
  )
}

function Shell({ className, children, label }: { className: string; children: ReactNode; label: string }) {
  const language = usePresenter((state) => state.language)
  const deck = usePresenter((state) => state.deck)
  const status = usePresenter((state) => state.status)
  return (
    <div className={`lectern-pv ${className}`} lang={language} aria-label={label}>
      {children}
      <Notices />
      {/* Ctrl+P from the presenter or notes window prints the slides too. */}
      <PrintRoot deck={status === 'loading' ? null : deck} />
    </div>
  )
}

/** Props of {@link PresenterView}. */
export interface PresenterViewProps {
  /** The heartbeat of the other windows (from the sync). */
  peers?: StoreApi<PeerState> | null
}

/** The presenter view. */
export function PresenterView({ peers }: PresenterViewProps) {
  const store = usePresenterStore()
  const t = useViewMessages()
  const deck = usePresenter((state) => state.deck)
  const status = usePresenter((state) => state.status)
  const slideIndex = usePresenter((state) => state.slideIndex)
  const fragment = usePresenter((state) => state.fragment)
  const cover = usePresenter((state) => state.cover)
  useKeyboard(store, effects)
  const [fontSize, changeFont] = useNotesFontSize(22)
  const now = useNow()
  const [timer] = useState(() => createTimer(store))
  useEffect(() => timer.follow(), [timer])
  const running = useStore(timer.state, (state) => state.running)
  const audienceSeen = useStore(peers ?? noPeers, (state) => state.lastSeen.audience)
  const duration = useDuration(deck ?? emptyDeck)

  if (status === 'loading' || !deck || deck.slides.length === 0) {
    return (
      <Shell className="lectern-pv-presenter" label={t.presenterView}>
        <p className="lectern-message" role="status">
          …
        </p>
      </Shell>
    )
  }

  const total = deck.slides.length
  const slide = deck.slides[slideIndex]!
  const elapsed = timer.elapsed(now)
  const remaining = duration === null ? null : duration - elapsed
  const nextSlide = deck.slides[slideIndex + 1]
  const connected = audienceSeen !== undefined && now - audienceSeen < 3000
  const label = (n: number, title: string | null) => `${t.slide} ${n}${title ? `: ${title}` : ''}`

  let nextPreview
  if (fragment < slide.fragments) {
    nextPreview = (
      <>
        <h2>{t.nextFragment}</h2>
        <SlidePreview
          deck={deck}
          slide={slide}
          fragment={fragment + 1}
          label={`${t.nextStep}: ${label(slideIndex + 1, slideTitle(slide))}`}
        />
      </>
    )
  } else if (nextSlide) {
    nextPreview = (
      <>
        <h2>{t.nextStep}</h2>
        <SlidePreview
          deck={deck}
          slide={nextSlide}
          fragment={0}
          label={`${t.nextStep}: ${label(slideIndex + 2, slideTitle(nextSlide))}`}
        />
      </>
    )
  } else {
    nextPreview = (
      <>
        <h2>{t.nextStep}</h2>
        <p className="lectern-pv-end">{t.endOfDeck}</p>
      </>
    )
  }

  return (
    <Shell className="lectern-pv-presenter" label={t.presenterView}>
      <header className="lectern-pv-bar">
        <span role="status" aria-label={t.slide} className="lectern-pv-counter">
          {t.slideOf(slideIndex + 1, total)}
        </span>
        <ShrunkBadge slide={slide} />
        <span
          role="status"
          aria-label={connected ? t.audienceConnected : t.audienceMissing}
          className="lectern-pv-peer"
          data-connected={connected || undefined}
        >
          <span aria-hidden="true">●</span> {connected ? t.audienceConnected : t.audienceMissing}
        </span>
        <span className="lectern-pv-timer" role="group" aria-label={t.timer}>
          <span>{t.elapsed}</span>{' '}
          <time role="timer" aria-label={t.elapsed} className="lectern-pv-big">
            {formatTime(elapsed)}
          </time>
          {running ? (
            <button type="button" onClick={timer.pause}>
              {t.pause}
            </button>
          ) : (
            <button type="button" onClick={timer.start}>
              {t.start}
            </button>
          )}
          <button type="button" onClick={timer.reset}>
            {t.reset}
          </button>
        </span>
        {remaining !== null && (
          <span className="lectern-pv-countdown" data-over={remaining <= 0 || undefined}>
            <span>{t.remaining}</span>{' '}
            <time role="timer" aria-label={t.remaining} className="lectern-pv-big">
              {formatTime(Math.max(remaining, 0) + (remaining > 0 ? 999 : 0))}
            </time>
            {remaining <= 0 && (
              <strong role="alert" className="lectern-pv-alert">
                {t.timeUp} (+{formatTime(-remaining)})
              </strong>
            )}
          </span>
        )}
        <span>
          {t.onThisSlide}{' '}
          <time role="timer" aria-label={t.onThisSlide}>
            {formatTime(timer.spentAt(now)[slideIndex] ?? 0)}
          </time>
        </span>
        <SwapDisplaysButton label={t.swapDisplays} failed={t.noOtherDisplay} />
        <span>
          <time role="timer" aria-label={t.clock} className="lectern-pv-big">
            {new Date(now).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
          </time>
        </span>
      </header>
      {/* Tables of contents on the previews mark the section being presented. */}
      <PresentedSlideContext value={slideIndex}>
        <main className="lectern-pv-main">
          <section className="lectern-pv-current" aria-label={t.current}>
            <SlidePreview
              deck={deck}
              slide={slide}
              fragment={fragment}
              label={label(slideIndex + 1, slideTitle(slide))}
            />
            {cover && <div className="lectern-pv-cover" data-cover={cover} />}
            <NavButtons t={t} />
          </section>
          <aside className="lectern-pv-side">
            <section className="lectern-pv-next" aria-label={t.nextStep}>
              {nextPreview}
            </section>
            <div className="lectern-pv-notes-head">
              <h2>{t.notes}</h2>
              <FontButtons change={changeFont} t={t} />
            </div>
            <Notes slide={slide} fontSize={fontSize} t={t} />
            <Rehearsal deck={deck} timer={timer} now={now} t={t} />
          </aside>
        </main>
      </PresentedSlideContext>
      <GoToDialog deck={deck} />
      <HelpDialog />
    </Shell>
  )
}

const emptyDeck = { meta: { extra: {} } } as unknown as Deck

/** The notes-only view, for a phone held as a prompter. */
export function NotesView() {
  const store = usePresenterStore()
  const t = useViewMessages()
  const deck = usePresenter((state) => state.deck)
  const slideIndex = usePresenter((state) => state.slideIndex)
  useKeyboard(store, effects)
  const [fontSize, changeFont] = useNotesFontSize(30)
  if (!deck || deck.slides.length === 0) {
    return (
      <Shell className="lectern-pv-notesonly" label={t.notesView}>
        <p className="lectern-message" role="status">
          …
        </p>
      </Shell>
    )
  }
  const slide = deck.slides[slideIndex]
  return (
    <Shell className="lectern-pv-notesonly" label={t.notesView}>
      <header className="lectern-pv-bar">
        <span role="status" aria-label={t.slide} className="lectern-pv-counter">
          {t.slideOf(slideIndex + 1, deck.slides.length)}
        </span>
        <FontButtons change={changeFont} t={t} />
      </header>
      {slide && slideTitle(slide) && <h1 className="lectern-pv-title">{slideTitle(slide)}</h1>}
      <Notes slide={slide} fontSize={fontSize} t={t} />
      <footer className="lectern-pv-footer">
        <NavButtons t={t} />
      </footer>
    </Shell>
  )
}
