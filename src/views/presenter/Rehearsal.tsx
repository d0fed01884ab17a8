/** Rehearsal timings: the time spent on each slide and the slides skipped, downloadable as CSV or Markdown. */
import type { Deck } from '../../deck/index.ts'
import { slideTitle, spentAt, useActions, useAppState, useAppStore, type AppStore } from '../../state/index.ts'
import { formatTime, useMessages, useTimer } from '../../ui/index.ts'
import { timingCsv, timingMarkdown, timingRows } from './timing.ts'

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The timings as of this moment. */
function rowsNow(store: AppStore, titles: readonly string[]) {
  return timingRows(titles, spentAt(store.getState(), Date.now()))
}

/** The timings table, in a disclosure. */
export function Rehearsal({ deck, now }: { deck: Deck; now: number }) {
  const t = useMessages().presenter
  const store = useAppStore()
  const timer = useTimer()
  const plan = useAppState((state) => state.plan)
  const { setPlan } = useActions()
  const titles = deck.slides.map((slide) => slideTitle(slide) ?? '')
  const rows = timingRows(titles, spentAt(timer, now))
  const base = (deck.meta.title ?? 'deck').replace(/[^\p{L}\p{N}._-]+/gu, '-')
  // Downloads count up to the click, not to the last tick.
  const latest = () => rowsNow(store, titles)
  return (
    <details className="lectern-pv-rehearsal">
      <summary>{t.rehearsal}</summary>
      <div className="lectern-pv-downloads">
        <button type="button" onClick={() => setPlan(rowsNow(store, titles).map((row) => row.ms))}>
          {plan ? t.replacePlan : t.usePlan}
        </button>
        {plan && (
          <button type="button" onClick={() => setPlan(null)}>
            {t.forgetPlan}
          </button>
        )}
        <button type="button" onClick={() => download(`${base}-timings.csv`, 'text/csv', timingCsv(latest()))}>
          {t.downloadCsv}
        </button>
        <button type="button" onClick={() => download(`${base}-timings.md`, 'text/markdown', timingMarkdown(latest()))}>
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
