/**
 * A chunk's nodes as Marp reads them, right after parsing: references
 * resolved (a slide's tree must render without the deck's definitions, which
 * may sit on another slide), an undefined image reference as the text it was
 * written as, and table cells beyond the header's columns dropped.
 */
import type { Image, Link, Nodes, RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { mapChildren, mapNodes, type ChunkOrigin } from './tree.ts'
import type { DroppedText } from './warn.ts'

type Dropped = DroppedText[]

/** 0-based line of a node within its chunk. */
export function lineIn(node: Nodes, origin: ChunkOrigin): number {
  return (node.position?.start.line ?? 1) - 1 - origin.lineBase
}

function resolveTable(node: Table, origin: ChunkOrigin, dropped: Dropped): Table {
  const columns = node.children[0]?.children.length ?? 0
  const rows = node.children.map((row) => {
    if (row.children.length <= columns) return mapChildren(row, (cell) => resolveNode(cell, origin, dropped))
    for (const cell of row.children.slice(columns)) {
      const text = toString(cell)
      if (text.trim()) {
        dropped.push({
          text,
          line: lineIn(cell, origin),
          why: 'Marp drops table cells beyond the header row’s columns',
        })
      }
    }
    const kept = { ...row, children: row.children.slice(0, columns) }
    return mapChildren(kept, (cell) => resolveNode(cell, origin, dropped))
  })
  return { ...node, children: rows }
}

function resolveNode(node: RootContent, origin: ChunkOrigin, dropped: Dropped): RootContent {
  switch (node.type) {
    case 'table':
      return resolveTable(node, origin, dropped)
    case 'linkReference': {
      const definition = origin.definitions.get(node.identifier)
      const resolved = mapChildren(node, (child) => resolveNode(child, origin, dropped))
      if (!definition) return resolved
      const link: Link = {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children: resolved.children,
      }
      if (node.position) link.position = node.position
      return link
    }
    case 'imageReference': {
      const definition = origin.definitions.get(node.identifier)
      if (!definition) {
        // An undefined reference renders as its source text, as CommonMark does.
        return { type: 'text', value: origin.source.slice(node.position?.start.offset, node.position?.end.offset) }
      }
      const image: Image = { type: 'image', url: definition.url, alt: node.alt ?? '', title: definition.title ?? null }
      if (node.position) image.position = node.position
      return image
    }
    default:
      return 'children' in node ? mapChildren(node, (child) => resolveNode(child, origin, dropped)) : node
  }
}

/** Resolve a chunk's top-level nodes; also returns the text Marp's reading drops. */
export function resolveChunk(nodes: readonly RootContent[], origin: ChunkOrigin) {
  const dropped: Dropped = []
  return { nodes: mapNodes(nodes, (node) => resolveNode(node, origin, dropped)), dropped }
}
