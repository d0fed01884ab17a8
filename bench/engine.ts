/**
 * Engine speed, with marp-core timed in the same run as the reference.
 * Prints medians in milliseconds. Part of `npm run bench`; alone:
 * `npx tsx bench/engine.ts`.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Marp } from '@marp-team/marp-core'
import { createDeckParser, parseDeck } from '../src/deck/index.ts'

const shared = resolve(import.meta.dirname, '../../shared/decks')
const seed = readFileSync(resolve(shared, 'seed-bert.md'), 'utf8')
const demo = readFileSync(resolve(shared, 'awesome-marp-blue.md'), 'utf8')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(runs: number, fn: () => void): number {
  fn() // warm the JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** The demo deck's body repeated (front matter once) until it has at least 1,000 slides. */
export function thousandSlides(): string {
  const end = demo.indexOf('\n---', 4)
  const front = demo.slice(0, end + 4)
  const body = demo.slice(end + 4)
  const perCopy = parseDeck(demo).slides.length
  return front + `${body}\n\n---\n`.repeat(Math.ceil(1000 / perCopy))
}

/** One paragraph of `unit` repeated to `kib` KiB: emphasis delimiters that never pair up cheaply. */
export function emphasisFlood(kib: number, unit = '*a**'): string {
  return unit.repeat(Math.ceil((kib * 1024) / unit.length))
}

/** `count` slides using most of what decks use: directives, headings, lists, tables, images, code, math, notes. */
export function richSlides(count: number): string {
  const slide = (n: number) =>
    [
      `<!-- _class: lead -->`,
      `<!-- _paginate: ${n % 2 ? 'true' : 'false'} -->`,
      `# Slide ${n}: *intro* and **bold**`,
      '',
      `- item ${n} with \`code\``,
      '  - nested [link](https://example.com/' + n + ')',
      '1. first',
      '2. second',
      '',
      '| a | b |',
      '|---|---|',
      `| ${n} | $x^${n % 9}$ |`,
      '',
      `![bg right:40%](img${n % 7}.png)`,
      '',
      '```js',
      `const n = ${n}`,
      '```',
      '',
      '$$',
      `\\sum_{i=1}^{${n}} i`,
      '$$',
      '',
      `<!-- Note for slide ${n}: say **this**. -->`,
    ].join('\n')
  const front = '---\nmarp: true\ntheme: default\npaginate: true\nfooter: Lectern *bench*\n---\n\n'
  return front + Array.from({ length: count }, (_, n) => slide(n + 1)).join('\n\n---\n\n')
}

/** `count` short slides. */
export function shortSlides(count: number): string {
  return Array.from({ length: count }, (_, n) => `# Slide ${n + 1}\n\nText of slide ${n + 1}.`).join('\n\n---\n\n')
}

const marp = () => new Marp({ html: true })
const fmt = (ms: number) => `${ms.toFixed(2)} ms`

export function benchEngine(): [string, string][] {
  const rows: [string, string][] = []

  rows.push(['seed deck → Deck (cold), median of 50', fmt(time(50, () => parseDeck(seed)))])
  rows.push(['seed deck, marp-core render, median of 50', fmt(time(50, () => marp().render(seed)))])

  const big = thousandSlides()
  const slides = parseDeck(big).slides.length
  rows.push([`synthetic deck: ${slides} slides, ${(big.length / 1024).toFixed(0)} KiB`, ''])
  rows.push(['  whole Deck (cold parser), median of 9', fmt(time(9, () => parseDeck(big)))])
  rows.push(['  marp-core render, median of 9', fmt(time(9, () => marp().render(big)))])
  rows.push([
    '  first slide ready (limit 1, cold parser), median of 9',
    fmt(time(9, () => createDeckParser().parse(big, { limit: 1 }))),
  ])

  for (const kib of [25, 50, 100, 200]) {
    const text = emphasisFlood(kib)
    rows.push([`${kib} KiB of \`*a**\` in one paragraph, median of 3`, fmt(time(3, () => parseDeck(text)))])
  }
  for (const unit of ['_a__', '**a*', '*a **b* c ']) {
    const text = emphasisFlood(100, unit)
    rows.push([`100 KiB of \`${unit.trim()}\` in one paragraph, median of 3`, fmt(time(3, () => parseDeck(text)))])
  }
  const rich = richSlides(10_000)
  rows.push([
    `10,000 rich slides (${(rich.length / 1024 / 1024).toFixed(1)} MiB), one run`,
    fmt(time(1, () => parseDeck(rich))),
  ])
  const many = shortSlides(25_000)
  rows.push([
    `25,000 short slides (${(many.length / 1024 / 1024).toFixed(1)} MiB), one run`,
    fmt(time(1, () => parseDeck(many))),
  ])

  const parser = createDeckParser()
  parser.parse(big)
  let edit = 0
  rows.push([
    '  re-parse after editing one slide (warm parser), median of 201',
    fmt(
      time(201, () => {
        edit++
        parser.parse(big.replace('## Awesome Marp', `## Awesome Marp ${edit}`))
      }),
    ),
  ])
  return rows
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [label, value] of benchEngine()) console.log(`${label.padEnd(64)}  ${value}`)
}
