/**
 * The presenter view's bar: the slide number, whether the audience window is
 * there, the talk timer, the countdown to the talk's length, the time on this
 * slide, the clock, and "Swap displays".
 */
import { useMemo, useState } from 'react'
import type { Deck } from '../../deck/index.ts'
import { elapsedAt, isPeerThere, spentAt, useActions, useAppState } from '../../state/index.ts'
import { formatTime, MarkButtons, ShrunkBadge, useMessages, useTimer } from '../../ui/index.ts'
import { openAudienceWindow } from './open-window.ts'
import { pace, slideTargets } from './pacing.ts'
import { canSwapDisplays, swapDisplays } from './swap-displays.ts'
import { parseDuration } from './timing.ts'

/** The talk's duration: `?duration=` first, then the deck's front-matter `duration`. */
function useDuration(deck: Deck): number | null {
  return useMemo(() => {
    const param = new URLSearchParams(window.location.search).get('duration')
    return parseDuration(param) ?? parseDuration(deck.meta.extra.duration)
  }, [deck])
}

/** Offered only where the browser can place windows on screens (Window Management API). */
function SwapDisplaysButton() {
  const t = useMessages().presenter
  const [message, setMessage] = useState<string | null>(null)
  if (!canSwapDisplays()) return null
  return (
    <span>
      <button
        type="button"
        onClick={() => void swapDisplays().then((moved) => setMessage(moved ? null : t.noOtherDisplay))}
      >
        {t.swapDisplays}
      </button>
      {message && <span role="status">{message}</span>}
    </span>
  )
}

/** Props of {@link PresenterBar}. */
export interface PresenterBarProps {
  deck: Deck
  /** The time now (ms), ticking. */
  now: number
}

/** The bar at the top of the presenter view. */
export function PresenterBar({ deck, now }: PresenterBarProps) {
  const t = useMessages().presenter
  const slideIndex = useAppState((state) => state.slideIndex)
  const peers = useAppState((state) => state.peers)
  const { startTimer, pauseTimer, resetTimer } = useActions()
  const timer = useTimer()
  const duration = useDuration(deck)
  const plan = useAppState((state) => state.plan)
  const elapsed = elapsedAt(timer, now)
  const remaining = duration === null ? null : duration - elapsed
  const targets = slideTargets(plan, duration, deck.slides.length)
  const pacing = targets ? pace(targets, slideIndex, elapsed) : null
  const connected = isPeerThere(peers, 'audience', now)

  return (
    <header className="lectern-pv-bar">
      <span role="status" aria-label={t.slide} className="lectern-pv-counter">
        {t.slideOf(slideIndex + 1, deck.slides.length)}
      </span>
      <ShrunkBadge slide={deck.slides[slideIndex]} />
      <span
        role="status"
        aria-label={connected ? t.audienceConnected : t.audienceMissing}
        className="lectern-pv-peer"
        data-connected={connected || undefined}
      >
        <span aria-hidden="true">●</span> {connected ? t.audienceConnected : t.audienceMissing}
      </span>
      {!connected && (
        <button type="button" onClick={openAudienceWindow}>
          {t.openAudience}
        </button>
      )}
      <span className="lectern-pv-timer" role="group" aria-label={t.timer}>
        <span>{t.elapsed}</span>{' '}
        <time role="timer" aria-label={t.elapsed} className="lectern-pv-big">
          {formatTime(elapsed)}
        </time>
        {timer.timerRunning ? (
          <button type="button" onClick={pauseTimer}>
            {t.pause}
          </button>
        ) : (
          <button type="button" onClick={startTimer}>
            {t.start}
          </button>
        )}
        <button type="button" onClick={resetTimer}>
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
      {pacing !== null && (
        <span
          role="status"
          aria-label={t.pace}
          className="lectern-pv-pace"
          data-pace={pacing > 0 ? 'behind' : pacing < 0 ? 'ahead' : 'on-time'}
        >
          {pacing > 0 ? t.behind(formatTime(pacing)) : pacing < 0 ? t.ahead(formatTime(-pacing)) : t.onTime}
        </span>
      )}
      <span>
        {t.onThisSlide}{' '}
        <time role="timer" aria-label={t.onThisSlide}>
          {formatTime(spentAt(timer, now)[slideIndex] ?? 0)}
        </time>
      </span>
      <span className="lectern-pv-marks">
        <MarkButtons />
      </span>
      <SwapDisplaysButton />
      <span className="lectern-pv-clock">
        <time role="timer" aria-label={t.clock} className="lectern-pv-big">
          {new Date(now).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
        </time>
      </span>
    </header>
  )
}
