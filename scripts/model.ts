/**
 * `npm run --silent model -- FILE.md`: print a deck's model as JSON
 * (`{total, meta, warnings, slides}`), the shape of Marp's per-slide models.
 */
import { readFileSync } from 'node:fs'
import { deckModel, parseDeck, DeckError } from '../src/deck/index.ts'

const file = process.argv[2]
if (!file) {
  console.error('Usage: npm run --silent model -- FILE.md')
  process.exit(2)
}
try {
  const deck = parseDeck(readFileSync(file, 'utf8'))
  process.stdout.write(`${JSON.stringify(deckModel(deck), null, 2)}\n`)
} catch (error) {
  console.error(error instanceof DeckError || error instanceof Error ? `${file}: ${error.message}` : error)
  process.exit(1)
}
