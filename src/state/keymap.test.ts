import { describe, expect, test } from 'vitest'
import { bindingLabels, keymap, keymapFor, matchKey } from './keymap.ts'

describe('matchKey', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['p', 'presenterView'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['7', 'digit'],
    ['Enter', 'submitNumber'],
    ['g', 'goTo'],
    ['o', 'overview'],
    ['O', 'overview'],
    ['Escape', 'escape'],
    ['f', 'fullscreen'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['w', 'whiteout'],
  ] as const)('should map %j to %s', (key, action) => {
    expect(matchKey({ key })).toBe(action)
  })

  test('should skip fragments with Shift+arrows and PageUp/PageDown', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown'])
      expect(matchKey({ key, shiftKey: true })).toBe('nextSlide')
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(matchKey({ key, shiftKey: true })).toBe('previousSlide')
  })

  test('should step back with Shift+Space, as Marp', () => {
    expect(matchKey({ key: ' ', shiftKey: true })).toBe('previous')
  })

  test('should take ? with the Shift it needs, and letters typed with Shift', () => {
    expect(matchKey({ key: '?', shiftKey: true })).toBe('help')
    expect(matchKey({ key: 'B', shiftKey: true })).toBe('blackout')
  })

  test('should leave Ctrl, Meta and Alt combinations to the browser', () => {
    expect(matchKey({ key: 'ArrowRight', ctrlKey: true })).toBeNull()
    expect(matchKey({ key: 'r', metaKey: true })).toBeNull()
    expect(matchKey({ key: 'p', ctrlKey: true })).toBeNull()
    expect(matchKey({ key: 'ArrowLeft', altKey: true })).toBeNull()
  })

  test('should ignore keys while an IME composes, and unknown keys', () => {
    expect(matchKey({ key: 'n', isComposing: true })).toBeNull()
    expect(matchKey({ key: 'x' })).toBeNull()
    expect(matchKey({ key: 'Tab' })).toBeNull()
    expect(matchKey({ key: 'Shift', shiftKey: true })).toBeNull()
  })

  test('should not take Shift+digits or Shift+Enter', () => {
    expect(matchKey({ key: '1', shiftKey: true })).toBeNull()
    expect(matchKey({ key: 'Enter', shiftKey: true })).toBeNull()
  })

  test('should repeat navigation when a key is held, but not toggles', () => {
    expect(matchKey({ key: 'ArrowRight', repeat: true })).toBe('next')
    expect(matchKey({ key: 'b', repeat: true })).toBeNull()
    expect(matchKey({ key: 'o', repeat: true })).toBeNull()
  })

  test('should only take overlay keys while an overlay is open', () => {
    const overlayOpen = true
    expect(matchKey({ key: 'ArrowRight' }, { overlayOpen })).toBeNull()
    expect(matchKey({ key: '5' }, { overlayOpen })).toBeNull()
    expect(matchKey({ key: 'Escape' }, { overlayOpen })).toBe('escape')
    expect(matchKey({ key: 'o' }, { overlayOpen })).toBe('overview')
    expect(matchKey({ key: '?', shiftKey: true }, { overlayOpen })).toBe('help')
  })
})

describe('keymap', () => {
  test('should bind each key, Ctrl and Shift state once in each window', () => {
    for (const role of ['audience', 'presenter', 'notes'] as const) {
      const seen = new Set<string>()
      for (const binding of keymapFor(role))
        for (const key of binding.keys) {
          for (const shift of binding.shift === undefined ? [true, false] : [binding.shift]) {
            const id = `${binding.ctrl ? 'Ctrl+' : ''}${shift ? 'Shift+' : ''}${key}`
            expect(seen.has(id), `${role}: ${id}`).toBe(false)
            seen.add(id)
          }
        }
    }
  })

  test('should open a deck file with Ctrl+O (or ⌘O) in the audience window only', () => {
    expect(matchKey({ key: 'o', ctrlKey: true })).toBe('openFile')
    expect(matchKey({ key: 'o', metaKey: true })).toBe('openFile')
    expect(matchKey({ key: 'o', ctrlKey: true }, { role: 'presenter' })).toBeNull()
    expect(matchKey({ key: 'o' })).toBe('overview')
    // Other Ctrl combinations stay the browser's.
    expect(matchKey({ key: 'ArrowRight', ctrlKey: true })).toBeNull()
  })

  test('should search with Ctrl+F and /, and undo and redo drawings with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    expect(matchKey({ key: 'f', ctrlKey: true })).toBe('search')
    expect(matchKey({ key: '/' })).toBe('search')
    expect(matchKey({ key: 'z', ctrlKey: true })).toBe('undo')
    expect(matchKey({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(matchKey({ key: 'y', metaKey: true })).toBe('redo')
    expect(matchKey({ key: 'l' })).toBe('laser')
    expect(matchKey({ key: 'd' })).toBe('draw')
    expect(matchKey({ key: 'l' }, { role: 'notes' })).toBeNull()
  })

  test('should size the notes with + and − in the presenter and notes windows only', () => {
    expect(matchKey({ key: '+', shiftKey: true }, { role: 'presenter' })).toBe('notesLarger')
    expect(matchKey({ key: '=' }, { role: 'notes' })).toBe('notesLarger')
    expect(matchKey({ key: '-' }, { role: 'presenter' })).toBe('notesSmaller')
    expect(matchKey({ key: '-' })).toBeNull()
    expect(matchKey({ key: 'p' }, { role: 'presenter' })).toBeNull()
  })

  test('should label keys for help', () => {
    const next = keymap.find((b) => b.action === 'next' && !b.shift)!
    expect(bindingLabels(next, { ' ': 'Space' })).toEqual(['→', '↓', 'Space', 'PageDown', 'N'])
    const skip = keymap.find((b) => b.action === 'nextSlide')!
    expect(bindingLabels(skip)).toEqual(['Shift+→', 'Shift+↓', 'Shift+PageDown'])
    const digit = keymap.find((b) => b.action === 'digit')!
    expect(bindingLabels(digit)).toEqual(['0–9'])
  })
})
