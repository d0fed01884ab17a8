import { describe, expect, it } from 'vitest'
import { chooseKeyframes, transitionKeyframes } from './transition-keyframes.ts'

const has =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name)
const move = (name: string, backward = false) => ({ name, duration: null, backward, from: 0 })

describe('chooseKeyframes', () => {
  it('should give each picture its own keyframes', () => {
    const chosen = chooseKeyframes('x', false, has('marp-incoming-transition-x', 'marp-outgoing-transition-x'), 'marp')
    expect(chosen).toEqual({
      outgoing: { name: 'marp-outgoing-transition-x', reverse: false },
      incoming: { name: 'marp-incoming-transition-x', reverse: false },
    })
  })

  it('should play the shared keyframes forwards on the old slide and reversed on the new one', () => {
    expect(chooseKeyframes('x', false, has('marp-transition-x'), 'marp')).toEqual({
      outgoing: { name: 'marp-transition-x', reverse: false },
      incoming: { name: 'marp-transition-x', reverse: true },
    })
  })

  it('should take the backward form going back, else the forward one', () => {
    const keyframes = has(
      'marp-incoming-transition-x',
      'marp-outgoing-transition-x',
      'marp-incoming-transition-backward-x',
    )
    expect(chooseKeyframes('x', true, keyframes, 'marp')).toEqual({
      outgoing: { name: 'marp-outgoing-transition-x', reverse: false },
      incoming: { name: 'marp-incoming-transition-backward-x', reverse: false },
    })
  })

  it('should leave a picture still when no form of its own or shared exists', () => {
    expect(chooseKeyframes('x', false, has('marp-incoming-transition-x'), 'marp')).toEqual({
      outgoing: null,
      incoming: { name: 'marp-incoming-transition-x', reverse: false },
    })
  })

  it('should give nothing for a name without keyframes', () => {
    expect(chooseKeyframes('x', false, has('marp-transition-y'), 'marp')).toBeNull()
  })

  it('should count a backward form alone as keyframes of the name', () => {
    expect(chooseKeyframes('x', false, has('marp-outgoing-transition-backward-x'), 'marp')).toEqual({
      outgoing: null,
      incoming: null,
    })
  })
})

describe('transitionKeyframes', () => {
  it('should play the built-in keyframes of a built-in name', () => {
    expect(transitionKeyframes(move('fade'), has(), null)).toEqual({
      outgoing: { name: 'lectern-outgoing-transition-fade', reverse: false },
      incoming: { name: 'lectern-incoming-transition-fade', reverse: false },
    })
  })

  it('should keep the new slide still going back where a built-in says so, not fall back', () => {
    expect(transitionKeyframes(move('push', true), has(), null)).toEqual({
      outgoing: { name: 'lectern-outgoing-transition-backward-push', reverse: false },
      incoming: { name: 'lectern-incoming-transition-backward-push', reverse: false },
    })
  })

  it('should prefer the deck’s keyframes to the built-in ones of the same name', () => {
    expect(transitionKeyframes(move('fade'), has('marp-transition-fade'), null)?.outgoing?.name).toBe(
      'marp-transition-fade',
    )
  })

  it('should prefer keyframes of the giving slide’s scoped style', () => {
    const deck = has('marp-transition-spin', 'marp-transition-spin-s0000002')
    expect(transitionKeyframes(move('spin'), deck, 's0000002')?.outgoing?.name).toBe('marp-transition-spin-s0000002')
    expect(transitionKeyframes(move('spin'), deck, 's0000003')?.outgoing?.name).toBe('marp-transition-spin')
  })

  it('should give nothing for an unknown name without keyframes', () => {
    expect(transitionKeyframes(move('nonesuch'), has(), null)).toBeNull()
  })
})
