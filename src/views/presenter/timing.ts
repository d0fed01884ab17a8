/** Time helpers of the presenter view: durations, clock text, the rehearsal table. */
import { formatTime } from '../../ui/index.ts'

/**
 * A talk duration in ms from `20m`, `90s`, `1h30m`, `1:30:00`, `25` (minutes)
 * or a number of minutes; null when it cannot be read.
 */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return value > 0 && Number.isFinite(value) ? value * 60_000 : null
  if (typeof value !== 'string') return null
  const text = value.trim().toLowerCase()
  if (/^\d+(\.\d+)?$/.test(text)) return parseDuration(Number(text))
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text)
  if (clock) return ((Number(clock[1] ?? 0) * 60 + Number(clock[2])) * 60 + Number(clock[3])) * 1000 || null
  const units = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s)?$/.exec(text)
  if (!units || !(units[1] || units[2] || units[3])) return null
  const ms = (Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0)) * 1000
  return ms > 0 ? ms : null
}

/** One row of the rehearsal table. */
export interface TimingRow {
  /** 1-based slide number. */
  slide: number
  title: string
  /** Time spent, in ms. */
  ms: number
  /** Whether the slide was never shown while the timer ran. */
  skipped: boolean
}

/** Rows for each slide from the time spent on each (by 0-based index). */
export function timingRows(titles: readonly string[], spent: Readonly<Record<number, number>>): TimingRow[] {
  return titles.map((title, index) => ({ slide: index + 1, title, ms: spent[index] ?? 0, skipped: !(index in spent) }))
}

/** The table as CSV (RFC 4180 quoting). */
export function timingCsv(rows: readonly TimingRow[]): string {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
  const lines = ['slide,title,seconds,time,skipped']
  for (const row of rows) {
    lines.push(
      [row.slide, quote(row.title), Math.round(row.ms / 1000), formatTime(row.ms), row.skipped ? 'yes' : 'no'].join(
        ',',
      ),
    )
  }
  return lines.join('\r\n') + '\r\n'
}

/** The table as a Markdown table. */
export function timingMarkdown(rows: readonly TimingRow[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ')
  const lines = ['| Slide | Title | Time | Skipped |', '| ---: | --- | ---: | --- |']
  for (const row of rows)
    lines.push(`| ${row.slide} | ${cell(row.title)} | ${formatTime(row.ms)} | ${row.skipped ? 'yes' : ''} |`)
  const total = rows.reduce((sum, row) => sum + row.ms, 0)
  lines.push(`| | **Total** | ${formatTime(total)} | ${rows.filter((row) => row.skipped).length} skipped |`)
  return lines.join('\n') + '\n'
}
