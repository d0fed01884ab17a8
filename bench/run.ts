/**
 * `npm run bench`: the engine against marp-core, CSS scoping, then the presenter in
 * headless Chromium on the production build, opening dropped decks there, the PDF export, and the relay
 * with 300 followers. Prints one table.
 */
import { benchCss } from './css.ts'
import { benchEngine } from './engine.ts'
import { benchOpen } from './open.ts'
import { benchPdf } from './pdf.ts'
import { benchPresenter } from './present.ts'
import { benchRelay } from './relay.ts'

const print = (rows: [string, string][]) => {
  const width = Math.max(...rows.map(([label]) => label.length))
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)
}

print(benchEngine())
print(await benchCss())
print(await benchPresenter())
print(await benchOpen())
print(await benchPdf())
print(await benchRelay())
