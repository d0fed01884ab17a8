import { describe, expect, it } from 'vitest'
import { createDeckParser, type Deck } from '../deck/index.ts'
import { runParseJob, type ParseJob, type ParseReport } from './parse-job.ts'
import { LoadProblem } from './problems.ts'
import { createWorkerParser, ParseStopped, type ParseWorkerLike } from './worker-parser.ts'

/** Three slides, three chunks (the engine cuts at rulers, and at headings, which these have none of). */
const deck = 'First *slide*\n\n---\n\n[link](https://example.com/two) and **bold**\n\n---\n\nThird _slide_\n'

const text = (slide: Deck['slides'][number] | undefined) => JSON.stringify(slide?.tree.children)

/**
 * A stand-in for the parse worker: it runs the real job, and its reports
 * reach the page one task at a time, as a worker's do; when `hangs` says so
 * for a report, that report is the last: the worker is stuck from there on.
 */
function stubWorkers(hangs: (report: ParseReport, job: ParseJob) => boolean) {
  const started: { terminated: boolean }[] = []
  const spawn = (): ParseWorkerLike => {
    const parser = createDeckParser()
    const state = { terminated: false }
    started.push(state)
    const worker: ParseWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(job) {
        const reports: ParseReport[] = []
        runParseJob(parser, job, (report) => reports.push(report))
        const cut = reports.findIndex((report) => hangs(report, job))
        const sent = cut < 0 ? reports : reports.slice(0, cut + 1)
        sent.forEach((report, n) =>
          setTimeout(() => {
            if (!state.terminated) worker.onmessage?.({ data: report })
          }, n),
        )
      },
      terminate() {
        state.terminated = true
      },
    }
    return worker
  }
  return { spawn, started }
}

/** Stand-in workers that hold each job until the test lets that worker run it (`run(n)`). */
function heldWorkers() {
  const workers: { job: ParseJob | null; terminated: boolean; worker: ParseWorkerLike }[] = []
  const spawn = (): ParseWorkerLike => {
    const entry = {
      job: null as ParseJob | null,
      terminated: false,
      worker: {
        onmessage: null,
        onerror: null,
        postMessage: (job: ParseJob) => void (entry.job = job),
        terminate: () => void (entry.terminated = true),
      } as ParseWorkerLike,
    }
    workers.push(entry)
    return entry.worker
  }
  const run = (n: number) => {
    const entry = workers[n]
    if (!entry?.job || entry.terminated) throw new Error(`Unexpected idle worker ${n}, expected one with a job`)
    const reports: ParseReport[] = []
    runParseJob(createDeckParser(), entry.job, (report) => reports.push(report))
    for (const report of reports) if (!entry.terminated) entry.worker.onmessage?.({ data: report })
  }
  return { spawn, workers, run }
}

const readingChunk = (index: number) => (report: ParseReport, job: ParseJob) =>
  report.kind === 'chunks' && report.chunks.includes(index) && !job.tooSlow.includes(index)

describe('parsing in a worker under a time budget', () => {
  it('should give the first slide first, then the whole deck', async () => {
    const { spawn, started } = stubWorkers(() => false)
    const parsing = createWorkerParser({ spawn }).parse(deck, { first: 1 })
    const first = await parsing.first
    expect(first.complete).toBe(false)
    expect(first.slides).toHaveLength(1)
    expect(text(first.slides[0])).toContain('"type":"emphasis"')
    const whole = await parsing.whole
    expect(whole.complete).toBe(true)
    expect(whole.slides).toHaveLength(3)
    expect(started).toHaveLength(1)
  })

  it('should parse in the worker started ahead, and with renew start a fresh one once a deck is whole', async () => {
    const { spawn, started } = stubWorkers(() => false)
    const parser = createWorkerParser({ spawn, renew: true })
    parser.warm()
    expect(started).toHaveLength(1)
    const whole = await parser.parse(deck, { first: 1 }).whole
    expect(whole.slides).toHaveLength(3)
    // The worker that parsed it (and remembers it) is stopped; the next deck's starts once the page is idle.
    expect(started.map((state) => state.terminated)).toEqual([true])
    await new Promise((done) => setTimeout(done, 5))
    expect(started.map((state) => state.terminated)).toEqual([true, false])
    const next = await parser.parse('# Another deck\n').whole
    expect(next.slides).toHaveLength(1)
    await new Promise((done) => setTimeout(done, 5))
    expect(started.map((state) => state.terminated)).toEqual([true, true, false])
    // Stopped: no worker is left, nor started after.
    parser.dispose()
    await new Promise((done) => setTimeout(done, 5))
    expect(started.map((state) => state.terminated)).toEqual([true, true, true])
  })

  it('should stop a worker stuck on a chunk and open the deck with that chunk as plain text and a warning', async () => {
    const { spawn, started } = stubWorkers(readingChunk(1))
    const whole = await createWorkerParser({ spawn, budgetMs: 50 }).parse(deck).whole
    // Stuck on the batch of all three, then on chunk 1 alone: two workers stopped, the third finished.
    expect(started.map((state) => state.terminated)).toEqual([true, true, false])
    expect(whole.slides).toHaveLength(3)
    expect(text(whole.slides[0])).toContain('"type":"emphasis"')
    expect(whole.slides[1]?.tree.children).toEqual([
      expect.objectContaining({ type: 'code', value: expect.stringContaining('[link](https://example.com/two)') }),
    ])
    expect(whole.slides[2]?.tree.children[0]).toMatchObject({ type: 'paragraph' })
    expect(whole.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'unparsed-chunk',
        message: 'Reading this part as Markdown took too long; this part is shown as plain text.',
      }),
    )
  })

  it('should still show the first slide first when a later chunk gets stuck', async () => {
    const { spawn } = stubWorkers(readingChunk(2))
    const parsing = createWorkerParser({ spawn, budgetMs: 50 }).parse(deck, { first: 1 })
    expect((await parsing.first).slides).toHaveLength(1)
    const whole = await parsing.whole
    expect(whole.slides[2]?.tree.children[0]).toMatchObject({ type: 'code' })
  })

  it("should refuse binary data with the engine's reason", async () => {
    const { spawn } = stubWorkers(() => false)
    const parsing = createWorkerParser({ spawn }).parse('\0\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(20))
    await expect(parsing.whole).rejects.toEqual(new LoadProblem('not-text'))
    await expect(parsing.first).rejects.toBeInstanceOf(LoadProblem)
  })

  it('should give up with a message when the worker goes quiet outside any chunk', async () => {
    const { spawn, started } = stubWorkers((report) => report.kind === 'chunks' && report.chunks.length === 0)
    const parsing = createWorkerParser({ spawn, budgetMs: 50, stageMs: 100 }).parse(deck)
    await expect(parsing.whole).rejects.toMatchObject({ code: 'unreadable' })
    expect(started.every((state) => state.terminated)).toBe(true)
  })

  it('with renew, should parse a deck dropped while another is read in a worker of its own, the earlier stopped once the later has its first slide', async () => {
    const { spawn, workers, run } = heldWorkers()
    const parser = createWorkerParser({ spawn, renew: true })
    parser.warm()
    const earlier = parser.parse(deck, { first: 1 })
    const later = parser.parse('# Later\n\n---\n\n# Two\n', { first: 1 })
    // The later deck does not wait for the earlier: both are being read.
    expect(workers.map((worker) => worker.job !== null)).toEqual([true, true])
    run(1)
    expect((await later.first).slides[0]?.headings[0]?.text).toBe('Later')
    await expect(earlier.whole).rejects.toBeInstanceOf(ParseStopped)
    await expect(earlier.first).rejects.toBeInstanceOf(ParseStopped)
    expect(workers[0]?.terminated).toBe(true)
    expect((await later.whole).slides).toHaveLength(2)
  })

  it('with renew, should let the earlier deck be read to its end when the later one is refused', async () => {
    const { spawn, run } = heldWorkers()
    const parser = createWorkerParser({ spawn, renew: true })
    const earlier = parser.parse(deck, { first: 1 })
    const later = parser.parse('\0\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(20))
    run(1)
    await expect(later.whole).rejects.toEqual(new LoadProblem('not-text'))
    run(0)
    expect((await earlier.whole).slides).toHaveLength(3)
  })

  it('without renew, should read decks one after the other in the one worker', async () => {
    const { spawn, workers, run } = heldWorkers()
    const parser = createWorkerParser({ spawn })
    const earlier = parser.parse(deck)
    const later = parser.parse('# Later\n')
    await Promise.resolve()
    expect(workers).toHaveLength(1)
    run(0)
    expect((await earlier.whole).slides).toHaveLength(3)
    // The later deck's job goes to the same worker once the earlier is whole.
    await new Promise((done) => setTimeout(done))
    run(0)
    expect((await later.whole).slides).toHaveLength(1)
    expect(workers).toHaveLength(1)
  })
})
