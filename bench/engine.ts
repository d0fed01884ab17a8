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
