import { describe, expect, it } from 'vitest'
import { pageRule, pageSize } from './print-css.ts'
import { parseHandout, printFlag } from '../../state/index.ts'

const deck = (width: number, height: number) => ({ slides: [{ width, height }] }) as never

describe('pageRule', () => {
  it('is the slide size, without margins', () => {
    expect(pageRule(deck(1280, 720), 'slides')).toBe('@page { size: 1280px 720px; margin: 0; }')
    expect(pageRule(deck(960, 720), 'slides')).toBe('@page { size: 960px 720px; margin: 0; }')
  })
  it('doubles the height for slide + notes handouts', () => {
    expect(pageSize(deck(1280, 720), 'slides-notes')).toEqual({ width: 1280, height: 1440 })
    expect(pageSize(deck(1280, 720), 'notes')).toEqual({ width: 1280, height: 720 })
  })
})

describe('URL flags', () => {
  it('reads print and handout', () => {
    expect(printFlag('?print=1')).toBe(true)
    expect(printFlag('?print=0')).toBe(false)
    expect(printFlag('?deck=x.md')).toBe(false)
    expect(parseHandout('notes')).toBe('notes')
    expect(parseHandout('slides-notes')).toBe('slides-notes')
    expect(parseHandout('bogus')).toBe('slides')
    expect(parseHandout(null)).toBe('slides')
  })
})
