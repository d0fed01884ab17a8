import { beforeEach, describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { createAppStore, reloadDeck, type AppStore } from './index.ts'
import { bindUrlHash, type HistoryWindow } from './url-hash.ts'

const deck = parseDeck(['# 引言', '# Two', '# Three', '# Four', '# Five'].join('\n\n---\n\n'))
const source = { kind: 'bundled', name: 't.md' } as const

/** A window with a history stack and hash events, enough for the sync. */
class FakeWindow implements HistoryWindow {
  entries: string[]
  at = 0
  listeners = new Map<string, Set<() => void>>()
  location = { hash: '' }
  history = {
    state: null as unknown,
    pushState: (_data: unknown, _unused: string, url: string) => {
      this.entries = [...this.entries.slice(0, this.at + 1), url]
      this.at++
      this.location.hash = url
    },
    replaceState: (_data: unknown, _unused: string, url: string) => {
      this.entries[this.at] = url
      this.location.hash = url
    },
  }
  constructor(hash = '') {
    this.entries = [hash]
    this.location.hash = hash
  }
  addEventListener(type: string, listener: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set())
    this.listeners.get(type)!.add(listener)
  }
  removeEventListener(type: string, listener: () => void) {
    this.listeners.get(type)?.delete(listener)
  }
  /** Back (-1) or Forward (+1), firing popstate and hashchange as browsers do. */
  traverse(delta: number) {
    this.at += delta
    this.location.hash = this.entries[this.at] ?? ''
    for (const type of ['popstate', 'hashchange']) for (const l of this.listeners.get(type) ?? []) l()
  }
  /** The user edits the hash or follows a plain `#…` link. */
  navigate(hash: string) {
    this.history.pushState(null, '', hash)
    for (const l of this.listeners.get('hashchange') ?? []) l()
  }
}

let store: AppStore
beforeEach(() => {
  store = createAppStore({ deck: { deck, source } })
})
const slide = () => store.getState().slideIndex

describe('bindUrlHash', () => {
  test('should open at the slide of a deep link', () => {
    const win = new FakeWindow('#4')
    bindUrlHash(store, win)
    expect(slide()).toBe(3)
    expect(win.entries).toEqual(['#4'])
  })

  test('should clamp out-of-range numbers and rewrite them', () => {
    const win = new FakeWindow('#99')
    bindUrlHash(store, win)
    expect(slide()).toBe(4)
    expect(win.location.hash).toBe('#5')
    const zero = new FakeWindow('#0')
    store = createAppStore({ deck: { deck, source } })
    bindUrlHash(store, zero)
    expect(slide()).toBe(0)
    expect(zero.location.hash).toBe('#1')
  })

  test('should write #1 in place when there is no hash', () => {
    const win = new FakeWindow('')
    bindUrlHash(store, win)
    expect(win.entries).toEqual(['#1'])
  })

  test('should push a history entry per slide, not per fragment', () => {
    const win = new FakeWindow('#1')
    bindUrlHash(store, win)
    store.getState().next()
    store.getState().goTo(3)
    expect(win.entries).toEqual(['#1', '#2', '#4'])
  })

  test('should walk the slide history with Back and Forward', () => {
    const win = new FakeWindow('#1')
    bindUrlHash(store, win)
    store.getState().goTo(2)
    store.getState().goTo(4)
    win.traverse(-1)
    expect(slide()).toBe(2)
    win.traverse(-1)
    expect(slide()).toBe(0)
    win.traverse(+1)
    expect(slide()).toBe(2)
    expect(win.entries).toEqual(['#1', '#3', '#5'])
  })

  test('should follow a heading link the browser took, then show #N in its place', () => {
    const win = new FakeWindow('#1')
    bindUrlHash(store, win)
    win.navigate('#%E5%BC%95%E8%A8%80') // #引言, percent-encoded
    win.navigate('#Three')
    expect(slide()).toBe(2)
    expect(win.entries).toEqual(['#1', '#1', '#3'])
  })

  test('should wait for a deck, then take the slide from the hash', () => {
    store = createAppStore({ loading: { kind: 'url', name: 'x.md', url: '/x.md' } })
    const win = new FakeWindow('#3')
    bindUrlHash(store, win)
    expect(win.entries).toEqual(['#3'])
    store.getState().openDeck(deck, source)
    expect(slide()).toBe(2)
    expect(win.entries).toEqual(['#3'])
  })

  test('should name the slide a reload moved to in place of the old one, not go back to the old hash', () => {
    const win = new FakeWindow('#2')
    bindUrlHash(store, win)
    reloadDeck(store, parseDeck(['# 引言', '# New', '# Two', '# Three'].join('\n\n---\n\n')))
    expect(slide()).toBe(2)
    expect(win.entries).toEqual(['#3'])
  })

  test('should go to the end once a deck still arriving is in, after End on its first slides', () => {
    store = createAppStore({ deck: { deck: { ...deck, slides: deck.slides.slice(0, 2), complete: false }, source } })
    const win = new FakeWindow('')
    bindUrlHash(store, win)
    store.getState().last()
    expect(win.entries).toEqual(['#1', '#2'])
    reloadDeck(store, deck)
    expect(slide()).toBe(4)
    expect(win.entries).toEqual(['#1', '#2', '#5'])
  })

  test('should make a step in history of → pressed on the last slide in, once the next one is', () => {
    store = createAppStore({ deck: { deck: { ...deck, slides: deck.slides.slice(0, 1), complete: false }, source } })
    const win = new FakeWindow('')
    bindUrlHash(store, win)
    store.getState().next()
    expect(win.entries).toEqual(['#1'])
    reloadDeck(store, deck)
    expect(win.entries).toEqual(['#1', '#2'])
    win.traverse(-1)
    expect(slide()).toBe(0)
  })

  test('should stop when unbound', () => {
    const win = new FakeWindow('#1')
    const unbind = bindUrlHash(store, win)
    unbind()
    store.getState().goTo(2)
    expect(win.entries).toEqual(['#1'])
    expect(win.listeners.get('hashchange')?.size).toBe(0)
  })
})
