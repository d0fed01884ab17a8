/**
 * The parse worker: decks dropped, fetched or watched are parsed here, off
 * the page's thread, so a deck that is slow to parse cannot freeze the tab
 * (the page stops this worker when a chunk runs over its time budget:
 * worker-parser.ts). One parser for the worker's life, so a watched deck
 * re-parses only the chunks an edit touched.
 */
import { createDeckParser } from '../deck/index.ts'
import { runParseJob, type ParseJob, type ParseReport } from './parse-job.ts'
import { warmUpDeck } from './parse-warm-up.ts'

// A throwaway parser reads the warm-up deck: the worker's own keeps only real decks' chunks. Only a speed-up: were
// it to throw, the worker must still read real decks (a throw here would leave it without its message handler).
try {
  createDeckParser().parse(warmUpDeck)
} catch (error) {
  console.error('Lectern: the parse worker could not warm up', error)
}
const parser = createDeckParser()
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseJob>) => void) | null
  postMessage(report: ParseReport): void
}
scope.onmessage = (event) => runParseJob(parser, event.data, (report) => scope.postMessage(report))
