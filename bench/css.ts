/**
 * CSS scoping time: a deck's CSS is scoped when it opens (bundled decks when
 * the app is built), and its theme is most of it. Medians in milliseconds.
 *
 * `npx tsx bench/css.ts` runs this part alone.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createSsrServer } from '../scripts/vite-ssr-server.ts'

const root = resolve(import.meta.dirname, '..')
const shared = resolve(root, '../shared/decks')

interface Modules {
  scopeCss(
    css: string,
    options: { container: string; imports?: (name: string) => string | undefined; name?: string },
  ): string
  getTheme(name: string): { css: string } | undefined
  parseDeck(text: string): unknown
  deckCss(deck: unknown): string
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
}

/** Median and fastest of `runs` timings, after one to warm up. */
function time(runs: number, run: () => void): [number, number] {
  run()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    run()
    samples.push(performance.now() - started)
  }
  return [median(samples), Math.min(...samples)]
}

const fmt = ([median, fastest]: [number, number]) => `${median.toFixed(2)} ms (fastest ${fastest.toFixed(2)} ms)`

export async function benchCss(): Promise<[string, string][]> {
  const server = await createSsrServer(root)
  try {
    const themes = await server.ssrLoadModule('/src/themes/index.ts')
    const deckCss = await server.ssrLoadModule('/src/render/deck-css.ts')
    const deck = await server.ssrLoadModule('/src/deck/parse-deck.ts')
    const m = { ...themes, ...deckCss, ...deck } as unknown as Modules
    const container = '[data-lectern-deck]'
    const imports = (name: string) => m.getTheme(name)?.css
    const rows: [string, string][] = [['CSS scoping (Node, median of 30)', '']]
    for (const name of ['am_blue', 'default']) {
      const css = m.getTheme(name)!.css
      rows.push([`  theme ${name}, scoped`, fmt(time(30, () => m.scopeCss(css, { container, imports, name })))])
    }
    const decks = [
      ['seed deck', resolve(root, 'decks/seed-bert.md')],
      ['Awesome demo deck', resolve(shared, 'awesome-marp-blue.md')],
      ['corpus 22 (48 <style>)', resolve(shared, 'corpus/22-eyssette-formation.md')],
    ] as const
    for (const [label, path] of decks.filter(([, path]) => existsSync(path))) {
      const parsed = m.parseDeck(readFileSync(path, 'utf8')) as object
      // A new Deck object each run: its CSS is cached per Deck; the theme's is cached per page, as in the app.
      rows.push([`  ${label}: all its CSS, theme cached`, fmt(time(30, () => m.deckCss({ ...parsed })))])
    }
    return rows
  } finally {
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [label, value] of await benchCss()) console.log(`${label.padEnd(48)}  ${value}`)
}
