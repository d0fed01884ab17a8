/**
 * Parsing off the page's thread, with a time budget: the page sends the
 * text to the parse worker (parse-worker.ts) and keeps a watchdog. The worker
 * names each chunk before the Markdown parser reads it; a call that runs
 * over the budget cannot be interrupted (it is synchronous), so the worker is
 * stopped and a new one parses the deck again with that chunk kept as plain
 * text (a batch of chunks that ran over is first tried again chunk by chunk).
 * The deck opens with the rest read as Markdown and a warning on the slow
 * part, instead of a frozen tab.
 *
 * A parser that renews its worker (the window's, for dropped and picked
 * decks) does not make a deck wait for the one before: each deck is parsed
 * in a worker of its own, and once a deck's first slides are in, the decks
 * asked for before it stop (they would not be shown).
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

/** A parse stopped before its end: a deck asked for later took its place, or the parser was disposed. */
export class ParseStopped extends Error {
  constructor() {
    super('Parse stopped: a newer deck took its place, or the parser was disposed')
    this.name = 'ParseStopped'
  }
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
   * Each deck in a worker of its own, stopped once the deck is whole (and all it remembers of that deck), with a
   * fresh one started for the next deck when the page is idle; a deck's first slides stop the decks asked for
   * before it.
   * Default: one worker kept for every deck, one deck at a time (a watched deck's next edit re-parses only what
   * changed).
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
   *   (`too-large`, `not-text`) or the parse never ends (`unreadable`), and with {@link ParseStopped} when a
   *   newer deck stopped it.
   */
  parse(text: string, options?: { first?: number }): ParsingDeck
  /** Start a worker now, so that the next parse does not wait for its script to load. */
  warm(): void
  /** Stop every worker (parses still running reject with {@link ParseStopped}). */
  dispose(): void
}

const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : Number(setTimeout(run, 1))
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle)

function spawnParseWorker(): ParseWorkerLike {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'lectern-parse' })
  return worker as unknown as ParseWorkerLike
}

/**
 * A parser that runs in workers.
 *
 * @param options
 *   Time budget and limits; the worker to use; one worker per deck or one for all.
 */
export function createWorkerParser(options: WorkerParserOptions = {}): WorkerParser {
  const budget = options.budgetMs ?? parseBudgetMs
  const stage = options.stageMs ?? 30_000
  const maxRestarts = options.maxRestarts ?? 20
  const spawn = options.spawn ?? spawnParseWorker
  const renew = options.renew ?? false
  // The worker the next deck takes: started ahead, or (without renew) the one every deck is parsed in.
  let ready: ParseWorkerLike | null = null
  let jobs = 0
  let decks = 0
  let queue: Promise<unknown> = Promise.resolve()
  // The decks being parsed, by the order they were asked for, each with how to stop it.
  const running = new Map<number, () => void>()

  const take = () => {
    const worker = ready ?? spawn()
    ready = null
    return worker
  }
  // Starting a worker blocks the page's thread for tens of ms: the next deck's waits until the page is idle, not
  // delaying the whole deck that was just parsed from showing.
  let renewal: number | null = null
  const renewLater = () => {
    renewal ??= whenIdle(() => {
      renewal = null
      ready ??= spawn()
    })
  }

  function run(order: number, text: string, first: number | undefined, onFirst: (deck: Deck) => void) {
    return new Promise<Deck>((resolve, reject) => {
      const alone = new Set<number>()
      const tooSlow = new Set<number>()
      let worker: ParseWorkerLike | null = null
      let id = 0
      let reading: number[] = []
      let restarts = 0
      let timer: ReturnType<typeof setTimeout> | undefined
      const arm = (ms: number) => {
        clearTimeout(timer)
        timer = setTimeout(overrun, ms)
      }
      const stopWorker = () => {
        worker?.terminate()
        worker = null
      }
      // The job is over: its worker is stopped (renew) or kept for the next deck.
      const settle = () => {
        clearTimeout(timer)
        running.delete(order)
        if (worker) worker.onmessage = worker.onerror = null
        if (renew) {
          stopWorker()
          renewLater()
        } else if (worker) {
          if (ready !== worker) ready?.terminate()
          ready = worker
        }
      }
      const fail = (error: Error) => {
        stopWorker()
        settle()
        reject(error)
      }
      running.set(order, () => fail(new ParseStopped()))
      const start = () => {
        const current = (worker ??= take())
        id = ++jobs
        reading = []
        current.onmessage = ({ data }) => {
          if (data.id === id) report(data)
        }
        current.onerror = () => fail(new LoadProblem('unreadable', 'the parser stopped'))
        const job: ParseJob = { id, text, alone: [...alone], tooSlow: [...tooSlow] }
        if (first !== undefined) job.first = first
        current.postMessage(job)
        arm(stage)
      }
      // The worker is stuck in one call: stop it, and parse again without what it was reading.
      function overrun() {
        if (reading.length === 0)
          return fail(new LoadProblem('unreadable', `the parser gave no sign of progress for ${stage / 1000} s`))
        if (++restarts > maxRestarts)
          return fail(new LoadProblem('unreadable', `more than ${maxRestarts} parts took too long`))
        stopWorker()
        if (reading.length > 1) for (const index of reading) alone.add(index)
        else tooSlow.add(reading[0] as number)
        start()
      }
      // A deck that has its first slides takes the place of those asked for before it.
      const supersede = () => {
        if (renew) for (const [earlier, stop] of running) if (earlier < order) stop()
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
        supersede()
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
      const order = ++decks
      const parse = () => run(order, text, first, showFirst)
      // With renew each deck has its own worker; else they take turns in the one.
      const whole = renew ? parse() : queue.then(parse)
      if (!renew) queue = whole.catch(() => {})
      // The whole deck stands in for its first slides when they did not come first.
      const firstDeck = Promise.race([early, whole])
      // A caller may wait for the whole deck only: its failure is reported there.
      firstDeck.catch(() => {})
      return { first: firstDeck, whole }
    },
    warm() {
      ready ??= spawn()
    },
    dispose() {
      for (const stop of running.values()) stop()
      if (renewal !== null) cancelIdle(renewal)
      renewal = null
      ready?.terminate()
      ready = null
    },
  }
}
