/**
 * Parsing off the page's thread, with a time budget: the page sends the
 * text to the parse worker (parse-worker.ts) and keeps a watchdog. The worker
 * names each chunk before the Markdown parser reads it; a call that runs
 * over the budget cannot be interrupted (it is synchronous), so the worker is
 * stopped and a new one parses the deck again with that chunk kept as plain
 * text (a batch of chunks that ran over is first tried again chunk by chunk).
 * The deck opens with the rest read as Markdown and a warning on the slow
 * part, instead of a frozen tab.
 */
import type { Deck } from '../deck/index.ts'
import type { ParseJob, ParseReport } from './parse-job.ts'
import { LoadProblem } from './problems.ts'

/** A worker as the parser uses it (tests pass a stand-in). */
export interface ParseWorkerLike {
  postMessage(job: ParseJob): void
  terminate(): void
  onmessage: ((event: { data: ParseReport }) => void) | null
  onerror: ((event: unknown) => void) | null
}

/** Longest one call of the Markdown parser may take: a batch of chunks of about 4 KB takes some 10 ms. */
export const parseBudgetMs = 2_000

export interface WorkerParserOptions {
  /** Longest one call of the Markdown parser may take, in ms (default {@link parseBudgetMs}). */
  budgetMs?: number
  /** Longest the rest of a parse (scanning, building slides) may go without news, in ms (default 30,000). */
  stageMs?: number
  /** Most times the worker is stopped for one deck before it is given up (default 20). */
  maxRestarts?: number
  /** Starts a worker (default: the module worker parse-worker.ts). */
  spawn?: () => ParseWorkerLike
  /**
   * After each whole deck, stop the worker (and all it remembers of that deck) and start a fresh one at once,
   * its script loaded before the next deck comes (default: keep the worker, for a watched deck's next edit).
   */
  renew?: boolean
}

/** A deck being parsed. */
export interface ParsingDeck {
  /** The first slides, as soon as they are parsed (the whole deck when it was not asked for in part). */
  first: Promise<Deck>
  /** The whole deck. */
  whole: Promise<Deck>
}

export interface WorkerParser {
  /**
   * Parse a deck in the worker.
   *
   * @param options
   *   `first`: also give a Deck of only the first `first` slides, as soon as they are parsed.
   * @returns
   *   Both promises reject with a {@link LoadProblem} when the engine refuses the text
   *   (`too-large`, `not-text`) or the parse never ends (`unreadable`).
   */
  parse(text: string, options?: { first?: number }): ParsingDeck
  /** Start the worker now, so that the first parse does not wait for its script to load. */
  warm(): void
  /** Stop the worker. */
  dispose(): void
}

function spawnParseWorker(): ParseWorkerLike {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'lectern-parse' })
  return worker as unknown as ParseWorkerLike
}

/**
 * A parser that runs in a worker; one deck at a time (a parse waits for the one before).
 *
 * @param options
 *   Time budget and limits; the worker to use.
 */
export function createWorkerParser(options: WorkerParserOptions = {}): WorkerParser {
  const budget = options.budgetMs ?? parseBudgetMs
  const stage = options.stageMs ?? 30_000
  const maxRestarts = options.maxRestarts ?? 20
  const spawn = options.spawn ?? spawnParseWorker
  let worker: ParseWorkerLike | null = null
  let jobs = 0
  let queue: Promise<unknown> = Promise.resolve()

  const stop = () => {
    worker?.terminate()
    worker = null
  }

  function run(text: string, first: number | undefined, onFirst: (deck: Deck) => void): Promise<Deck> {
    return new Promise((resolve, reject) => {
      const alone = new Set<number>()
      const tooSlow = new Set<number>()
      let id = 0
      let reading: number[] = []
      let restarts = 0
      let timer: ReturnType<typeof setTimeout> | undefined
      const arm = (ms: number) => {
        clearTimeout(timer)
        timer = setTimeout(overrun, ms)
      }
      const settle = () => {
        clearTimeout(timer)
        if (worker) worker.onmessage = worker.onerror = null
      }
      const fail = (detail: string) => {
        settle()
        stop()
        reject(new LoadProblem('unreadable', detail))
      }
      const start = () => {
        const current = (worker ??= spawn())
        id = ++jobs
        reading = []
        current.onmessage = ({ data }) => {
          if (data.id === id) report(data)
        }
        current.onerror = () => fail('the parser stopped')
        const job: ParseJob = { id, text, alone: [...alone], tooSlow: [...tooSlow] }
        if (first !== undefined) job.first = first
        current.postMessage(job)
        arm(stage)
      }
      // The worker is stuck in one call: stop it, and parse again without what it was reading.
      function overrun() {
        stop()
        if (reading.length === 0) return fail(`the parser gave no sign of progress for ${stage / 1000} s`)
        if (++restarts > maxRestarts) return fail(`more than ${maxRestarts} parts took too long`)
        if (reading.length > 1) for (const index of reading) alone.add(index)
        else tooSlow.add(reading[0] as number)
        start()
      }
      function report(data: ParseReport) {
        if (data.kind === 'chunks') {
          reading = data.chunks
          return arm(reading.length > 0 ? budget : stage)
        }
        if (data.kind === 'error') {
          settle()
          if (data.code) reject(new LoadProblem(data.code, data.code === 'too-large' ? data.message : ''))
          else reject(new Error(data.message))
          return
        }
        const deck = JSON.parse(data.json) as Deck
        if (!data.complete) {
          onFirst(deck)
          return arm(stage)
        }
        settle()
        resolve(deck)
      }
      start()
    })
  }

  return {
    parse(text, { first } = {}) {
      let showFirst: (deck: Deck) => void = () => {}
      const early = new Promise<Deck>((resolve) => (showFirst = resolve))
      const whole = queue.then(() => run(text, first, showFirst))
      if (options.renew) {
        const renew = () => {
          stop()
          worker = spawn()
        }
        // (Before the next parse in the queue starts: it then runs in the fresh worker.)
        whole.then(renew, renew)
      }
      queue = whole.catch(() => {})
      // The whole deck stands in for its first slides when they did not come first.
      const firstDeck = Promise.race([early, whole])
      // A caller may wait for the whole deck only: its failure is reported there.
      firstDeck.catch(() => {})
      return { first: firstDeck, whole }
    },
    warm() {
      worker ??= spawn()
    },
    dispose: stop,
  }
}
