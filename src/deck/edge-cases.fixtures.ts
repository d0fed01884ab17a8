/**
 * Helpers for `edge-cases.test.ts`: building decks from spec lines, reading
 * slide trees, and reaching the Marp oracle.
 *
 * Tests may use Node (the oracle, `../shared`): they are type-checked by
 * tsconfig.node.json, while the engine's own files stay under
 * tsconfig.deck.json, which has neither DOM nor Node.
 */
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { deckModel, parseDeck } from './index.ts'
import type { Deck } from './index.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareWithMarp } from '../../test/conformance.ts'
import { marpModel } from '../../test/oracle/marp-model.ts'
import { hasShared, sharedDir } from '../../test/shared-decks.ts'

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

/** The Marp oracle and a reader for `../shared` files. */
export function marpOracle() {
  return Promise.resolve({
    compareWithMarp,
    marpModel,
    readShared: (relativePath: string) => readFileSync(join(sharedDir, relativePath), 'utf8'),
  })
}

export { hasShared }
