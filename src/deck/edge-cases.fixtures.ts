/**
 * Helpers for `edge-cases.test.ts`: building decks from spec lines, reading
 * slide trees, and reaching the Marp oracle.
 *
 * The oracle (`test/conformance.ts`, `test/oracle/`) and the shared decks
 * need Node, which the engine's tsconfig (`src/deck`, no Node types) must not
 * see. They are imported through a specifier TypeScript does not follow, so
 * the engine keeps type-checking without Node while the tests still use the
 * real Marp at run time.
 */
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { deckModel, parseDeck } from './index.ts'
import type { Deck } from './index.ts'

/** Join spec lines (`⏎` in the spec) with real newlines. */
export const lines = (...parts: string[]) => parts.join('\n')

/** The engine's Deck and its Marp-shaped model, side by side. */
export function build(markdown: string) {
  const deck: Deck = parseDeck(markdown)
  return { deck, model: deckModel(deck), slides: deckModel(deck).slides }
}

/** Every node of a type in a tree, in document order. */
export function nodesOf<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found as Extract<Nodes, { type: T }>[]
}

/**
 * Visible text of a tree (raw HTML included), one space between its blocks,
 * whitespace collapsed.
 */
export function textOf(tree: Nodes): string {
  const text = tree.type === 'root' ? tree.children.map((child) => toString(child)).join(' ') : toString(tree)
  return text.replace(/\s+/g, ' ').trim()
}

/** What `compareWithMarp` returns (`test/conformance.ts`). */
export interface Conformance {
  ourTotal: number
  marpTotal: number
  agreeing: number
  differences: { slide: number; field: string; ours: unknown; marp: unknown }[]
}

interface MarpSlide {
  headings: string[]
  headingLevels: number[]
}

interface OracleModules {
  compareWithMarp: (markdown: string) => Conformance
  marpModel: (markdown: string) => { total: number; slides: MarpSlide[] }
  readShared: (relativePath: string) => string
}

/** Load a module by a specifier TypeScript does not resolve (see the file comment). */
const load = (specifier: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ specifier)

let oracle: Promise<OracleModules> | undefined

/** `compareWithMarp`, `marpModel` and a reader for `../shared` files, loaded once. */
export function marpOracle(): Promise<OracleModules> {
  oracle ??= Promise.all([
    load('../../test/conformance.ts'),
    load('../../test/oracle/marp-model.ts'),
    load('../../test/shared-decks.ts'),
    load('node:fs'),
    load('node:path'),
  ]).then(([conformance, marp, shared, fs, path]) => {
    const { readFileSync } = fs as { readFileSync: (file: string, encoding: 'utf8') => string }
    const { join } = path as { join: (...parts: string[]) => string }
    const { sharedDir } = shared as { sharedDir: string }
    return {
      compareWithMarp: conformance.compareWithMarp as OracleModules['compareWithMarp'],
      marpModel: marp.marpModel as OracleModules['marpModel'],
      readShared: (relativePath: string) => readFileSync(join(sharedDir, relativePath), 'utf8'),
    }
  })
  return oracle
}
