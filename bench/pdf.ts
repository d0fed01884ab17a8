/**
 * PDF export time: our `npm run pdf` (scripts/pdf.ts) against `marp --pdf`
 * (marp-cli on the same Chromium), each run as a fresh process, as a user
 * runs it. The app is built once before timing (`--no-build`: a build is a
 * one-off, not part of an export). Median of `runs` runs each.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureBuilt } from '../scripts/pdf.mjs'

const root = resolve(import.meta.dirname, '..')
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
/**
 * marp-cli's own marp-core (4.x): from this project it would pick our dev
 * marp-core 5, which needs shiki (not installed) for fenced code.
 */
const marpEngine = join(root, 'node_modules/@marp-team/marp-cli/node_modules/@marp-team/marp-core/lib/marp.js')
const engineArgs = existsSync(marpEngine) ? ['--engine', marpEngine] : []

function timed(command: string, args: string[]): number {
  const started = performance.now()
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome } })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`)
  return ms
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
}

/** Rows of `[label, value]`: seconds for ours and Marp's, pages, and the ratio. */
export function benchPdf(runs = 3): [string, string][] {
  ensureBuilt()
  const decks = [
    ['seed deck', join(root, 'decks/seed-bert.md')],
    ['Awesome Marp deck', join(root, '../shared/decks/awesome-marp-blue.md')],
  ].filter(([, path]) => existsSync(path!)) as [string, string][]
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-pdf-'))
  const rows: [string, string][] = []
  try {
    for (const [name, deck] of decks) {
      const ours = join(dir, 'ours.pdf')
      const marp = join(dir, 'marp.pdf')
      const oursMs: number[] = []
      const marpMs: number[] = []
      for (let run = 0; run < runs; run++) {
        oursMs.push(timed(join(root, 'node_modules/.bin/tsx'), ['scripts/pdf.ts', deck, '-o', ours, '--no-build']))
        marpMs.push(timed(join(root, 'node_modules/.bin/marp'), ['--pdf', '--allow-local-files', '--no-stdin', ...engineArgs, deck, '-o', marp]))
      }
      const a = median(oursMs)
      const b = median(marpMs)
      rows.push([`PDF ${name}, ours (npm run pdf)`, `${(a / 1000).toFixed(2)} s, ${pages(ours)} pages (median of ${runs})`])
      rows.push([`PDF ${name}, marp --pdf`, `${(b / 1000).toFixed(2)} s, ${pages(marp)} pages (median of ${runs})`])
      rows.push([`PDF ${name}, ours / Marp`, `${(a / b).toFixed(2)}× (target ≤ 0.5×)`])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

/** `npx tsx bench/pdf.ts [RUNS]`: the PDF rows alone (default 3 runs each). */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [label, value] of benchPdf(Number(process.argv[2]) || 3)) console.log(`${label.padEnd(44)}  ${value}`)
}
