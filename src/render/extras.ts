/**
 * Math (KaTeX) and code highlighting are large, so they load on demand: only
 * when a deck has math or fenced code, with a dynamic `import()`. Until they
 * arrive, slides show the formula source and plain code.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { Root as HastRoot } from 'hast'
import type { Deck } from '../deck/types.ts'
import type { RenderExtras } from './hast.ts'
import { preparedDeck, type PreparedDeck } from './prepared.ts'

/** What a deck needs beyond the base pipeline (found when it is prepared). */
export type DeckNeeds = PreparedDeck['needs']

let loaded: RenderExtras = {}
const listeners = new Set<() => void>()
let mathLoad: Promise<void> | undefined
let codeLoad: Promise<void> | undefined

function publish(next: RenderExtras): void {
  loaded = { ...loaded, ...next }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function snapshot(): RenderExtras {
  return loaded
}

/**
 * Load the math stage (once).
 *
 * @returns
 *   Settles when loaded; a failed load is logged and can be retried.
 */
export function loadMath(): Promise<void> {
  mathLoad ??= import('./math.ts').then(
    (module) => publish({ math: module.typesetMath }),
    (error: unknown) => {
      mathLoad = undefined
      console.error('Unexpected failure loading KaTeX, expected math to typeset', error)
    },
  )
  return mathLoad
}

/**
 * Load the code highlighting stage (once).
 *
 * @returns
 *   Settles when loaded; a failed load is logged and can be retried.
 */
export function loadHighlight(): Promise<void> {
  codeLoad ??= import('./highlight.ts').then(
    (module) => publish({ highlight: module.highlightCode }),
    (error: unknown) => {
      codeLoad = undefined
      console.error('Unexpected failure loading highlight.js, expected code to highlight', error)
    },
  )
  return codeLoad
}

/** The stages loaded so far (not reactive; for tests and non-React callers). */
export function loadedExtras(): RenderExtras {
  return loaded
}

/** Whether a deck has math, and fenced code with a language, anywhere. */
export function deckNeeds(deck: Deck): DeckNeeds {
  return preparedDeck(deck).needs
}

/**
 * Start loading the stages a deck needs, as soon as it is known (before it
 * is first rendered, so it is laid out once, typeset).
 */
export function loadExtrasFor(deck: Deck): void {
  const { math, code } = deckNeeds(deck)
  if (math) void loadMath()
  if (code) void loadHighlight()
}

/**
 * A prepared hast tree with the loaded stages applied (to a copy: the
 * prepared tree stays as it is for other views).
 */
export function applyExtras(tree: HastRoot, extras: RenderExtras): HastRoot {
  if (!extras.math && !extras.highlight) return tree
  const copy = structuredClone(tree)
  extras.math?.(copy)
  extras.highlight?.(copy)
  return copy
}

/**
 * The optional stages for rendering a deck: starts loading what the deck
 * needs and re-renders when it arrives.
 *
 * @param deck
 *   The deck being rendered, or null.
 */
export function useRenderExtras(deck: Deck | null): RenderExtras {
  const needs = deck ? deckNeeds(deck) : null
  const math = needs?.math ?? false
  const code = needs?.code ?? false
  useEffect(() => {
    if (math) void loadMath()
    if (code) void loadHighlight()
  }, [math, code])
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
