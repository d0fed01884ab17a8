/**
 * `npx tsx scripts/conformance.ts [FILE.md …]`: per-deck agreement with Marp
 * (slides agreeing / total, and the fields that differ). Without files, every
 * deck in ../shared/decks.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { compareWithMarp } from '../test/conformance.ts'
import { listSharedDecks } from '../test/shared-decks.ts'

const files = process.argv.slice(2)
const paths = files.length ? files : listSharedDecks().map((deck) => deck.mdPath)
const verbose = process.env.VERBOSE === '1'
for (const path of paths) {
  const result = compareWithMarp(readFileSync(path, 'utf8'))
  const fields = [...new Set(result.differences.map((d) => d.field))]
  console.log(
    `${basename(path)}: ${result.agreeing}/${result.marpTotal} slides agree` +
      (result.ourTotal !== result.marpTotal ? ` (we found ${result.ourTotal} slides)` : '') +
      (fields.length ? `; differing fields: ${fields.join(', ')}` : ''),
  )
  if (verbose) for (const d of result.differences.slice(0, 40)) console.log('  ', JSON.stringify(d))
}
