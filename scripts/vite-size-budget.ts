/**
 * The size budget of the page's first JavaScript: the build fails when the
 * entry chunk and the chunks it imports statically (those the page loads, or
 * modulepreloads, before anything runs), with the scripts the page names, are
 * together larger, gzipped, than the budget. Chunks loaded on demand (`import()`) do not count: what a deck
 * needs only when it has math, or a view only when it is opened, costs
 * nothing at start.
 */
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * The page's first JavaScript may be this large, gzipped: issue 17's 110 KiB
 * (React DOM alone is 62 KiB of it; see docs/performance.md for what is in
 * it and what loads later).
 */
export const initialBudget = 110 * 1024

/** What the budget needs to know of a built chunk. */
export interface BudgetChunk {
  fileName: string
  code: string
  isEntry: boolean
  /** File names of the chunks it imports statically. */
  imports: readonly string[]
}

/** One chunk of the first JavaScript and its gzipped size. */
export interface InitialChunk {
  fileName: string
  gzipped: number
}

/**
 * The chunks the page loads before anything runs: the entries and, through
 * their static imports, every chunk they need; each with its gzipped size,
 * largest first.
 *
 * @param chunks
 *   The build's JavaScript chunks.
 */
export function initialChunks(chunks: readonly BudgetChunk[]): InitialChunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set<string>()
  const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue
    seen.add(name)
    queue.push(...(byName.get(name)?.imports ?? []))
  }
  return [...seen]
    .flatMap((name) => {
      const chunk = byName.get(name)
      return chunk ? [{ fileName: name, gzipped: gzipSync(chunk.code).length }] : []
    })
    .sort((a, b) => b.gzipped - a.gzipped)
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/**
 * Whether the first JavaScript fits the budget, and a message saying so.
 *
 * @param chunks
 *   The first JavaScript's chunks (from {@link initialChunks}).
 * @param budget
 *   The budget in bytes, gzipped.
 */
export function checkBudget(chunks: readonly InitialChunk[], budget: number): { ok: boolean; message: string } {
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipped, 0)
  const list = chunks.map((chunk) => `  ${chunk.fileName}  ${kib(chunk.gzipped)}`).join('\n')
  return total <= budget
    ? { ok: true, message: `initial JavaScript ${kib(total)} gzipped, within its budget of ${kib(budget)}` }
    : {
        ok: false,
        message:
          `Initial JavaScript is ${kib(total)} gzipped, over its budget of ${kib(budget)} by ${kib(total - budget)}. ` +
          `Load what the first slide does not need with import() (see docs/performance.md). Its files:\n${list}`,
      }
}

/**
 * Vite plugin: fail the build when the first JavaScript is over budget.
 *
 * @param budget
 *   Bytes, gzipped; {@link initialBudget} unless given (or `LECTERN_JS_BUDGET` is set, in bytes).
 */
export function sizeBudget(budget = Number(process.env.LECTERN_JS_BUDGET ?? initialBudget)): Plugin {
  return {
    name: 'lectern:size-budget',
    apply: 'build',
    generateBundle: {
      // After Vite's own hooks, which add the lists of what each `import()` preloads (0.8 KiB gzipped): the
      // chunks as they are written.
      order: 'post',
      handler(_options, bundle) {
        // Only the app's own build: an SSR or library build has no page to load.
        if (this.environment.config.consumer !== 'client') return
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []))
        if (!chunks.some((chunk) => chunk.facadeModuleId?.endsWith('/index.html'))) return
        // The classic scripts the page names (the head script, src/app/first-paint.tsx) run first of all.
        const html = Object.values(bundle).find((output) => output.fileName === 'index.html')
        const named = html?.type === 'asset' ? String(html.source) : ''
        const scripts = Object.values(bundle).flatMap((output) =>
          output.type === 'asset' && named.includes(`src="./${output.fileName}"`)
            ? [{ fileName: output.fileName, gzipped: gzipSync(output.source).length }]
            : [],
        )
        const { ok, message } = checkBudget([...initialChunks(chunks), ...scripts], budget)
        if (!ok) this.error(message)
        this.info(message)
      },
    },
  }
}
