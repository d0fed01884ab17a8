// @ts-check
/**
 * `npm run pdf -- deck.md [options]` starts here (options: scripts/pdf.ts).
 *
 * The exporter runs compiled to plain JavaScript (`.cache/pdf/`, built by
 * scripts/vite.pdf.config.ts with the deck preparer), beside the app it
 * prints (`dist/`). Both are built when missing or older than the sources;
 * after that an export loads no TypeScript compiler (tsx costs ~0.3 s a run).
 * JavaScript, not TypeScript, for that reason.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
/** The compiled exporter. */
const exporter = join(root, '.cache/pdf/pdf.cjs')
/** What the app and the exporter are built from. */
const sources = ['src', 'public', 'decks', 'scripts', 'index.html', 'vite.config.ts', 'package-lock.json']

/**
 * Newest modification time under a path (files only; 0 when it is missing).
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let time = 0
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)))
  return time
}

/**
 * Build the app (`dist/`) and the exporter unless both are newer than every source.
 * @param {(text: string) => void} [log]
 */
export function ensureBuilt(log = () => {}) {
  // A dist/ from before the service worker existed is stale too.
  const outputs = [join(root, 'dist/index.html'), join(root, 'dist/sw.js'), exporter]
  const built = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)))
  if (built >= Math.max(...sources.map((source) => newest(join(root, source))))) return
  log('building the app and the PDF exporter (missing or older than the sources)…')
  for (const config of ['vite.config.ts', 'scripts/vite.pdf.config.ts']) {
    const vite = join(root, 'node_modules/vite/bin/vite.js')
    const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--config', config], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    if (run.status !== 0) throw new Error(`vite build --config ${config} failed`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBuilt((text) => console.error(text))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  /** @type {{ main(args: string[]): Promise<void> }} */
  const compiled = createRequire(import.meta.url)(exporter)
  await compiled.main(process.argv.slice(2))
}
