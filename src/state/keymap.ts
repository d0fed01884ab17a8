/**
 * Every key of the app as data: each row has its keys, the action, the help
 * text id and the windows it works in. `matchKey` reads it, and so does the
 * help overlay, so the two cannot disagree.
 *
 * Notes: the stepping keys follow Marp's own presenter (→ ↓ Space PageDown
 * forward, ← ↑ PageUp back, Shift to skip fragments, Home/End), with N and
 * Backspace added; `p` opens the presenter view, as in Marp.
 */
import type { ViewRole } from './types.ts'

/** What a key does. `digit` and `submitNumber` make "type a number, then Enter". */
export type KeyAction =
  | 'next'
  | 'previous'
  | 'nextSlide'
  | 'previousSlide'
  | 'first'
  | 'last'
  | 'digit'
  | 'submitNumber'
  | 'goTo'
  | 'overview'
  | 'escape'
  | 'fullscreen'
  | 'blackout'
  | 'whiteout'
  | 'help'
  | 'presenterView'
  | 'openFile'
  | 'notesLarger'
  | 'notesSmaller'
  | 'laser'
  | 'draw'
  | 'drawingsShown'
  | 'undo'
  | 'redo'
  | 'search'

/** One row of the table. */
export interface KeyBinding {
  /** `KeyboardEvent.key` values; letters are matched in either case. */
  keys: readonly string[]
  /** true: Shift must be held; false: must not be; absent: either (for `?`, `+`, letters). */
  shift?: boolean
  /** true: Ctrl (or ⌘ on a Mac) must be held. Without it, keys with Ctrl, ⌘ or Alt are the browser's. */
  ctrl?: boolean
  action: KeyAction
  /** Help text id (in `i18n.ts`). */
  description: KeyAction
  /** Whether holding the key repeats the action (navigation does, toggles don't). */
  repeat: boolean
  /** Whether the key also works while an overlay (overview, help, go-to) is open. */
  inOverlay?: boolean
  /** The windows it works in (default: every one). */
  roles?: readonly ViewRole[]
}

const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/** The key table, in help order. */
export const keymap: readonly KeyBinding[] = [
  {
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'],
    shift: false,
    action: 'next',
    description: 'next',
    repeat: true,
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
    shift: false,
    action: 'previous',
    description: 'previous',
    repeat: true,
  },
  { keys: [' '], shift: true, action: 'previous', description: 'previous', repeat: true },
  {
    keys: ['ArrowRight', 'ArrowDown', 'PageDown'],
    shift: true,
    action: 'nextSlide',
    description: 'nextSlide',
    repeat: true,
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    shift: true,
    action: 'previousSlide',
    description: 'previousSlide',
    repeat: true,
  },
  { keys: ['Home'], action: 'first', description: 'first', repeat: false },
  { keys: ['End'], action: 'last', description: 'last', repeat: false },
  { keys: digits, shift: false, action: 'digit', description: 'digit', repeat: false },
  { keys: ['Enter'], shift: false, action: 'submitNumber', description: 'submitNumber', repeat: false },
  { keys: ['g'], action: 'goTo', description: 'goTo', repeat: false, inOverlay: true },
  { keys: ['o'], action: 'overview', description: 'overview', repeat: false, inOverlay: true },
  { keys: ['Escape'], action: 'escape', description: 'escape', repeat: false, inOverlay: true },
  { keys: ['f'], action: 'fullscreen', description: 'fullscreen', repeat: false, inOverlay: true },
  { keys: ['b', '.'], action: 'blackout', description: 'blackout', repeat: false },
  { keys: ['w'], action: 'whiteout', description: 'whiteout', repeat: false },
  { keys: ['?'], action: 'help', description: 'help', repeat: false, inOverlay: true },
  { keys: ['p'], action: 'presenterView', description: 'presenterView', repeat: false, roles: ['audience'] },
  { keys: ['o'], ctrl: true, action: 'openFile', description: 'openFile', repeat: false, roles: ['audience'] },
  { keys: ['f'], ctrl: true, action: 'search', description: 'search', repeat: false, inOverlay: true },
  { keys: ['/'], action: 'search', description: 'search', repeat: false },
  { keys: ['l'], action: 'laser', description: 'laser', repeat: false, roles: ['audience', 'presenter'] },
  { keys: ['d'], action: 'draw', description: 'draw', repeat: false, roles: ['audience', 'presenter'] },
  { keys: ['h'], action: 'drawingsShown', description: 'drawingsShown', repeat: false },
  { keys: ['z'], ctrl: true, shift: false, action: 'undo', description: 'undo', repeat: true },
  { keys: ['z'], ctrl: true, shift: true, action: 'redo', description: 'redo', repeat: true },
  { keys: ['y'], ctrl: true, action: 'redo', description: 'redo', repeat: true },
  {
    keys: ['+', '='],
    action: 'notesLarger',
    description: 'notesLarger',
    repeat: true,
    roles: ['presenter', 'notes'],
  },
  {
    keys: ['-', '_'],
    action: 'notesSmaller',
    description: 'notesSmaller',
    repeat: true,
    roles: ['presenter', 'notes'],
  },
]

/**
 * The rows that work in a window.
 *
 * @param role
 *   What the window is.
 */
export function keymapFor(role: ViewRole): KeyBinding[] {
  return keymap.filter((binding) => !binding.roles || binding.roles.includes(role))
}

/** What `matchKey` reads of a keyboard event. */
export interface KeyLike {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  repeat?: boolean
  isComposing?: boolean
}

/** Options for {@link matchKey}. */
export interface MatchKeyOptions {
  /** Whether an overlay is open: then only rows marked `inOverlay` match (default false). */
  overlayOpen?: boolean
  /** The window the key was pressed in (default `audience`). */
  role?: ViewRole
}

/**
 * The binding a key press triggers, or null when it is not ours.
 *
 * @param event
 *   A `KeyboardEvent` or anything with its key and modifier fields.
 * @param options
 *   Whether an overlay is open.
 * @returns
 *   The matching row of {@link keymap}, or null.
 *
 * Notes: Ctrl, Meta and Alt combinations are left to the browser (copy,
 * zoom, tab switching…) unless a row asks for Ctrl, as are keys pressed
 * while an IME composes.
 */
export function matchBinding(event: KeyLike, options: MatchKeyOptions = {}): KeyBinding | null {
  if (event.altKey || event.isComposing) return null
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  const shift = event.shiftKey ?? false
  const ctrl = (event.ctrlKey ?? false) || (event.metaKey ?? false)
  const role = options.role ?? 'audience'
  for (const binding of keymap) {
    if (!binding.keys.includes(key)) continue
    if ((binding.ctrl ?? false) !== ctrl) continue
    if (binding.roles && !binding.roles.includes(role)) continue
    if (binding.shift !== undefined && binding.shift !== shift) continue
    if (event.repeat && !binding.repeat) return null
    if (options.overlayOpen && !binding.inOverlay) return null
    return binding
  }
  return null
}

/**
 * The action a key press triggers, or null when it is not ours.
 *
 * @param event
 *   A `KeyboardEvent` or anything with its key and modifier fields.
 * @param options
 *   Whether an overlay is open.
 */
export function matchKey(event: KeyLike, options: MatchKeyOptions = {}): KeyAction | null {
  return matchBinding(event, options)?.action ?? null
}

const keySymbols: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
}

/**
 * How a key is shown in help: arrows as arrows, letters in capitals, named
 * keys by name (translated through `names`, e.g. Space).
 *
 * @param key
 *   A `KeyboardEvent.key` value.
 * @param names
 *   Words for keys such as `' '` (Space).
 */
export function keyLabel(key: string, names: Readonly<Record<string, string>> = {}): string {
  return names[key] ?? keySymbols[key] ?? (key.length === 1 ? key.toUpperCase() : key)
}

/**
 * The key combinations of a binding as shown in help: `['→', 'Space', 'N']`,
 * with `Shift+` or `Ctrl+` in front when required. Digits are shown as one `0–9`.
 */
export function bindingLabels(binding: KeyBinding, names: Readonly<Record<string, string>> = {}): string[] {
  const keys = binding.action === 'digit' ? ['0–9'] : binding.keys.map((key) => keyLabel(key, names))
  const prefix =
    (binding.ctrl ? `${names.Control ?? 'Ctrl'}+` : '') + (binding.shift ? `${names.Shift ?? 'Shift'}+` : '')
  return keys.map((key) => prefix + key)
}
