import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  clientMessageSchemas,
  deckInfoSchema,
  drawSchema,
  handshakeSchema,
  pointerSchema,
  relayLimits,
  stateSchema,
  welcomeSchema,
} from './protocol.ts'

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success
const session = 'A'.repeat(22)
const token = 'b'.repeat(32)

describe('relay messages', () => {
  it('takes a state within its ranges, and strips what it does not know', () => {
    const parsed = v.parse(stateSchema, { slideIndex: 4, fragment: 2, cover: 'black', extra: '<script>' })
    expect(parsed).toEqual({ slideIndex: 4, fragment: 2, cover: 'black' })
  })

  it.each([
    ['a negative slide', { slideIndex: -1, fragment: 0, cover: null }],
    ['a fractional slide', { slideIndex: 1.5, fragment: 0, cover: null }],
    ['a slide past the limit', { slideIndex: relayLimits.slides, fragment: 0, cover: null }],
    ['a slide as text', { slideIndex: '3', fragment: 0, cover: null }],
    ['NaN', { slideIndex: Number.NaN, fragment: 0, cover: null }],
    ['an unknown cover', { slideIndex: 0, fragment: 0, cover: 'red' }],
    ['a missing cover', { slideIndex: 0, fragment: 0 }],
    ['too many fragments', { slideIndex: 0, fragment: relayLimits.fragments + 1, cover: null }],
    ['null', null],
    ['an array', [0, 0, null]],
  ])('refuses a state with %s', (_, value) => {
    expect(ok(stateSchema, value)).toBe(false)
  })

  it('takes deck URLs that are http(s) or a path of the app, nothing else', () => {
    const deck = (url: string | null) => ({ url, id: 'a1b2c3d4', slides: 12, title: 'Talk' })
    expect(ok(deckInfoSchema, deck('/__deck/talk.md'))).toBe(true)
    expect(ok(deckInfoSchema, deck('https://example.org/decks/a.md?x=1'))).toBe(true)
    expect(ok(deckInfoSchema, deck(null))).toBe(true)
    for (const url of ['javascript:alert(1)', '//evil.example/a.md', 'data:text/plain,x', 'talk.md', '/a b.md'])
      expect(ok(deckInfoSchema, deck(url)), url).toBe(false)
    expect(ok(deckInfoSchema, deck('/' + 'a'.repeat(relayLimits.urlLength)))).toBe(false)
    expect(ok(deckInfoSchema, { ...deck(null), slides: 0 })).toBe(false)
    expect(ok(deckInfoSchema, { ...deck(null), id: '../x' })).toBe(false)
  })

  it('takes a pointer on the slide, or null to hide it', () => {
    expect(ok(pointerSchema, { x: 0.5, y: 1 })).toBe(true)
    expect(ok(pointerSchema, null)).toBe(true)
    expect(ok(pointerSchema, { x: 1.01, y: 0 })).toBe(false)
    expect(ok(pointerSchema, { x: Infinity, y: 0 })).toBe(false)
  })

  it('takes strokes of x, y pairs in slide units, erasing strokes by id, and clearing a slide', () => {
    const stroke = {
      kind: 'stroke',
      slideIndex: 2,
      id: 'a1',
      color: '#ff8800',
      width: 0.004,
      points: [0.1, 0.2, 0.3, 0.4],
    }
    expect(ok(drawSchema, stroke)).toBe(true)
    expect(ok(drawSchema, { ...stroke, tool: 'highlighter' })).toBe(true)
    expect(ok(drawSchema, { kind: 'clear', slideIndex: 2 })).toBe(true)
    expect(ok(drawSchema, { kind: 'erase', slideIndex: 2, ids: ['a1', 'b2'] })).toBe(true)
    expect(ok(drawSchema, { ...stroke, points: [0.1, 0.2, 0.3] })).toBe(false)
    expect(ok(drawSchema, { ...stroke, id: 'a b' })).toBe(false)
    expect(ok(drawSchema, { ...stroke, tool: 'eraser' })).toBe(false)
    expect(ok(drawSchema, { ...stroke, color: 'red; background: url(x)' })).toBe(false)
    expect(ok(drawSchema, { ...stroke, points: new Array(relayLimits.strokeNumbers + 2).fill(0.5) })).toBe(false)
    expect(ok(drawSchema, { kind: 'erase', slideIndex: 2 })).toBe(false)
    expect(ok(drawSchema, { kind: 'erase', slideIndex: 2, ids: [] })).toBe(false)
  })

  it('holds the largest valid message under the size limit', () => {
    const stroke = {
      kind: 'stroke',
      slideIndex: relayLimits.slides - 1,
      id: 'x'.repeat(32),
      tool: 'highlighter',
      color: '#123456',
      width: 0.1,
      points: new Array(relayLimits.strokeNumbers).fill(0.12345678901234568),
    }
    expect(ok(drawSchema, stroke)).toBe(true)
    expect(JSON.stringify(stroke).length).toBeLessThan(relayLimits.messageBytes)
  })

  it('has a schema for each event a client sends', () => {
    expect(Object.keys(clientMessageSchemas).sort()).toEqual(['create', 'deck', 'draw', 'pointer', 'state'])
  })
})

describe('handshake', () => {
  it('is a guest, or a member with a session and a token', () => {
    expect(ok(handshakeSchema, { v: 1 })).toBe(true)
    expect(ok(handshakeSchema, { v: 1, session, token })).toBe(true)
  })

  it('refuses half credentials, malformed ones and other versions', () => {
    expect(ok(handshakeSchema, { v: 1, session })).toBe(false)
    expect(ok(handshakeSchema, { v: 1, token })).toBe(false)
    expect(ok(handshakeSchema, { v: 1, session: 'short', token })).toBe(false)
    expect(ok(handshakeSchema, { v: 1, session, token: 'has spaces in it and is long enough' })).toBe(false)
    expect(ok(handshakeSchema, { v: 2 })).toBe(false)
    expect(ok(handshakeSchema, null)).toBe(false)
  })
})

describe('welcome', () => {
  it('carries the role and the stored state, which may be unknown', () => {
    expect(ok(welcomeSchema, { v: 1, role: 'follower', session, state: null, deck: null })).toBe(true)
    const state = { seq: 3, slideIndex: 1, fragment: 0, cover: null }
    expect(ok(welcomeSchema, { v: 1, role: 'presenter', session, state, deck: null })).toBe(true)
    expect(ok(welcomeSchema, { v: 1, role: 'admin', session, state, deck: null })).toBe(false)
    expect(ok(welcomeSchema, { v: 1, role: 'follower', session, state: { ...state, seq: 0 }, deck: null })).toBe(false)
  })
})
