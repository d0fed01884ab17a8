/**
 * Screenshots of a deck's slides at their own size, to look at while working
 * on themes: `tsx scripts/shoot.ts deck.md out/ [--url URL] [--slides 1,4-9]
 * [--theme NAME] [--compare REF_DIR]`.
 *
 * Needs a running dev server (`--url`, default http://127.0.0.1:5173/). With
 * `--compare`, also writes `NN-vs.png`: ours on the left, `REF_DIR/page-NN.png`
 * on the right (scripts/compare-reference.ts also scores them).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sideBySide } from './compare-reference.ts'
import { shootSlides, slideSet } from './slide-shots.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? undefined : args.splice(at, 2)[1]
}
const base = option('url') ?? 'http://127.0.0.1:5173/'
const wanted = option('slides')
const theme = option('theme')
const compare = option('compare')
const [deckPath, outDir] = args
if (!deckPath || !outDir) {
  console.error(
    'usage: tsx scripts/shoot.ts deck.md out-dir [--url URL] [--slides 1,4-9] [--theme NAME] [--compare REF_DIR]',
  )
  process.exit(2)
}

// A global directive at the end wins over the deck's own `theme`.
const markdown = readFileSync(deckPath, 'utf8') + (theme ? `\n\n<!-- theme: ${theme} -->\n` : '')
const files = await shootSlides({ base, markdown, outDir, only: slideSet(wanted) })
for (const [n, file] of files) {
  const name = String(n).padStart(2, '0')
  const reference = compare && join(compare, `page-${name}.png`)
  if (reference && existsSync(reference)) sideBySide(file, reference, join(outDir, `${name}-vs.png`))
}
console.log(`${files.size} slides, screenshots in ${outDir}`)
