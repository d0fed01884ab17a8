import { describe, expect, test } from 'vitest'
import { formatTime } from '../../ui/index.ts'
import { parseDuration, timingCsv, timingMarkdown, timingRows } from './timing.ts'
import { presenterViewUrl } from './open-window.ts'

describe('parseDuration', () => {
  test('should read units, clock times and bare minutes', () => {
    expect(parseDuration('20m')).toBe(20 * 60_000)
    expect(parseDuration('2s')).toBe(2000)
    expect(parseDuration('1h30m')).toBe(90 * 60_000)
    expect(parseDuration('1:30')).toBe(90_000)
    expect(parseDuration('25')).toBe(25 * 60_000)
    expect(parseDuration(15)).toBe(15 * 60_000)
  })

  test('should refuse what it cannot read', () => {
    for (const value of ['', 'soon', '0', '-5m', null, undefined, {}]) expect(parseDuration(value)).toBeNull()
  })
})

describe('formatTime', () => {
  test('should show m:ss, h:mm:ss and negatives', () => {
    expect(formatTime(0)).toBe('0:00')
    expect(formatTime(61_500)).toBe('1:01')
    expect(formatTime(3_725_000)).toBe('1:02:05')
    expect(formatTime(-5000)).toBe('-0:05')
  })
})

describe('rehearsal table', () => {
  const rows = timingRows(['Intro', 'Say "hi", then go', ''], { 0: 65_000, 2: 1000 })

  test('should mark slides never shown as skipped', () => {
    expect(rows.map((row) => row.skipped)).toEqual([false, true, false])
  })

  test('should write CSV with quoting', () => {
    expect(timingCsv(rows).split('\r\n')).toEqual([
      'slide,title,seconds,time,skipped',
      '1,Intro,65,1:05,no',
      '2,"Say ""hi"", then go",0,0:00,yes',
      '3,,1,0:01,no',
      '',
    ])
  })

  test('should write a Markdown table with a total', () => {
    const md = timingMarkdown(rows)
    expect(md).toContain('| 1 | Intro | 1:05 |  |')
    expect(md).toContain('| 2 | Say "hi", then go | 0:00 | yes |')
    expect(md).toContain('| | **Total** | 1:06 | 1 skipped |')
  })
})

describe('presenterViewUrl', () => {
  test('should keep the deck and the slide', () => {
    expect(presenterViewUrl('http://h/app/?deck=a.md#4')).toBe('http://h/app/?deck=a.md&view=presenter#4')
    expect(presenterViewUrl('http://h/?view=notes#2')).toBe('http://h/?view=presenter#2')
  })
})
