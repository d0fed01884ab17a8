import { describe, expect, it } from 'vitest'
import { parseDeck } from './parse-deck.ts'
import { parseTime, parseTransition, transitionBetween } from './transition.ts'

// marp-cli 4.5 renders this deck with `data-transition` fade, cube 2s, none, none
// on slides 1–4 (and each following slide's `data-transition-back` the same).
const marpDeck = [
  '---',
  'transition: fade',
  '---',
  '# One',
  '---',
  '<!-- _transition: cube 2s -->',
  '# Two',
  '---',
  '<!-- transition: none -->',
  '# Three',
  '---',
  '# Four',
].join('\n')

describe('parseTime', () => {
  it('should read CSS times and nothing else', () => {
    expect(parseTime(' 1.5s ')).toBe(1500)
    expect(parseTime('20ms')).toBe(20)
    expect(parseTime('1')).toBeNull()
    expect(parseTime('-1s')).toBeNull()
    expect(parseTime('')).toBeNull()
  })
})

describe('parseTransition', () => {
  it('should read a name and a duration in s or ms', () => {
    expect(parseTransition('fade')).toEqual({ name: 'fade', duration: null })
    expect(parseTransition(' cube   2s ')).toEqual({ name: 'cube', duration: 2000 })
    expect(parseTransition('wipe 250ms')).toEqual({ name: 'wipe', duration: 250 })
    expect(parseTransition('fade .5S')).toEqual({ name: 'fade', duration: 500 })
  })

  it('should ignore a duration that is not a CSS time', () => {
    expect(parseTransition('fade slow')).toEqual({ name: 'fade', duration: null })
    expect(parseTransition('fade 2')).toEqual({ name: 'fade', duration: null })
  })

  it('should give nothing for none and for no value', () => {
    expect(parseTransition('none')).toBeNull()
    expect(parseTransition('none 1s')).toBeNull()
    expect(parseTransition('')).toBeNull()
    expect(parseTransition(null)).toBeNull()
  })
})

describe('transitionBetween', () => {
  const { slides } = parseDeck(marpDeck)

  it('should keep the directive as Marp applies it: global, spot, and none from there on', () => {
    expect(slides.map((slide) => parseTransition(slide.transition)?.name ?? 'none')).toEqual([
      'fade',
      'cube',
      'none',
      'none',
    ])
  })

  it('should play the transition of the slide being left when going forward', () => {
    expect(transitionBetween(slides, 0, 1)).toEqual({ name: 'fade', duration: null, backward: false, from: 0 })
    expect(transitionBetween(slides, 1, 2)).toEqual({ name: 'cube', duration: 2000, backward: false, from: 1 })
    expect(transitionBetween(slides, 2, 3)).toBeNull()
  })

  it('should play the backward form of the previous slide’s transition when going back', () => {
    expect(transitionBetween(slides, 1, 0)).toEqual({ name: 'fade', duration: null, backward: true, from: 0 })
    expect(transitionBetween(slides, 2, 1)).toEqual({ name: 'cube', duration: 2000, backward: true, from: 1 })
    expect(transitionBetween(slides, 3, 2)).toBeNull()
  })

  it('should treat a jump as one step from the slide being left', () => {
    expect(transitionBetween(slides, 0, 3)?.name).toBe('fade')
    expect(transitionBetween(slides, 3, 0)).toBeNull()
    expect(transitionBetween(slides, 2, 0)?.name).toBe('cube')
  })

  it('should play nothing without a move or past the ends', () => {
    expect(transitionBetween(slides, 1, 1)).toBeNull()
    expect(transitionBetween(slides, 0, 9)).toBeNull()
  })
})
