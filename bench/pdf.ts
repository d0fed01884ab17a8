/**
 * PDF export time: our `npm run pdf` (scripts/pdf.mjs, run with node as npm
 * runs it) against `marp --pdf` (marp-cli on the same Chromium), each run as
 * a fresh process, as a user runs it. The app and our exporter are built
 * once before timing (a build is a one-off, not part of an export).
 *
 * Marp is timed twice: with the Awesome themes given to it as a theme set
 * (our am_* CSS, which is Marp-format, with its fonts), so both programs
 * make the same-looking PDF, and as it is, where it falls back to its
 * default theme for `theme: am_blue`. Marp's times here are bimodal (it
 * waits on the offline network in some runs), so its fastest run is
 * reported beside the median.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureBuilt } from '../scripts/pdf.mjs'
import { createSsrServer } from '../scripts/vite-ssr-server.ts'

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

/**
 * The Awesome themes as files Marp takes (`--theme-set DIR`): each am_* theme
 * as written, and the template with our bundled fonts imported by file URL.
 */
async function writeMarpThemeSet(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const server = await createSsrServer(root)
  try {
    const registry = (await server.ssrLoadModule('/src/themes/registry.ts')) as {
      builtInThemeNames: readonly string[]
      getTheme(name: string): { css: string } | undefined
    }
    const fontsPath = join(root, 'src/themes/awesome/fonts.css')
    const fonts = readFileSync(fontsPath, 'utf8')
      .replace(
        /@import '([^']+)';/g,
        (_, module: string) => `@import url('${pathToFileURL(join(root, 'node_modules', module)).href}');`,
      )
      .replace(
        /url\('(\.\.\/[^']+)'\)/g,
        (_, path: string) => `url('${pathToFileURL(resolve(dirname(fontsPath), path)).href}')`,
      )
    for (const name of ['am_template', ...registry.builtInThemeNames.filter((theme) => theme.startsWith('am_'))]) {
      const css = registry.getTheme(name)!.css
      // The template's header comment first: Marp reads `@theme` from it.
      writeFileSync(join(dir, `${name}.css`), name === 'am_template' ? css.replace('*/', `*/\n${fonts}`) : css)
    }
  } finally {
    await server.close()
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** Rows of `[label, value]`: seconds for ours and Marp's (two ways), pages, and the ratios. */
export async function benchPdf(runs = 3): Promise<[string, string][]> {
  ensureBuilt()
  const decks = [
    ['seed deck', join(root, 'decks/seed-bert.md')],
    ['Awesome Marp deck', join(root, '../shared/decks/awesome-marp-blue.md')],
  ].filter(([, path]) => existsSync(path!)) as [string, string][]
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-pdf-'))
  const themes = join(dir, 'themes')
  await writeMarpThemeSet(themes)
  const rows: [string, string][] = []
  try {
    for (const [name, deck] of decks) {
      const ours = join(dir, 'ours.pdf')
      const marp = join(dir, 'marp.pdf')
      const marpArgs = [deck, '--pdf', '--allow-local-files', '--no-stdin', ...engineArgs, '-o', marp]
      const times = { ours: [] as number[], themed: [] as number[], plain: [] as number[] }
      for (let run = 0; run < runs; run++) {
        times.ours.push(timed(process.execPath, ['scripts/pdf.mjs', deck, '-o', ours]))
        times.themed.push(timed(join(root, 'node_modules/.bin/marp'), [...marpArgs, '--theme-set', themes]))
        times.plain.push(timed(join(root, 'node_modules/.bin/marp'), marpArgs))
      }
      const a = median(times.ours)
      rows.push([
        `PDF ${name}, ours (npm run pdf)`,
        `${seconds(a)}, ${pages(ours)} pages (median of ${runs}; fastest ${seconds(Math.min(...times.ours))})`,
      ])
      for (const [label, values] of [
        ['marp --pdf, Awesome themes given', times.themed],
        ['marp --pdf, as it is (default theme)', times.plain],
      ] as const) {
        const b = median(values)
        const fastest = Math.min(...values)
        rows.push([
          `PDF ${name}, ${label}`,
          `${seconds(b)} (median; fastest ${seconds(fastest)}), ${pages(marp)} pages`,
        ])
        rows.push([
          `PDF ${name}, ours / that`,
          `${(a / b).toFixed(2)}× of its median, ${(a / fastest).toFixed(2)}× of its fastest (target ≤ 0.5×)`,
        ])
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

/** `npx tsx bench/pdf.ts [RUNS]`: the PDF rows alone (default 3 runs each). */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [label, value] of await benchPdf(Number(process.argv[2]) || 3))
    console.log(`${label.padEnd(60)}  ${value}`)
}
