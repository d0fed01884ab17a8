/**
 * Loading decks: bytes, files, folders and URLs to a Deck, with where it came
 * from, where its relative files are, and a clear reason when it cannot be
 * one. Nothing here touches the app's store: `state/open-deck.ts` does.
 */
export type { DeckLoadError, DeckSource } from './types.ts'
export { DeckLoadFailure, loadDeckFromUrl } from './from-url.ts'
export type { LoadDeckFromUrlOptions, LoadedDeck } from './from-url.ts'
export { loadThemeTools, openBundleDeck, parseDeckText, parseInWorker, readDeckFile } from './open-bundle.ts'
export type { BundleDeck, OpenBundleDeckOptions } from './open-bundle.ts'
export { createWorkerParser, parseBudgetMs, ParseStopped } from './worker-parser.ts'
export type { ParsingDeck, WorkerParser, WorkerParserOptions } from './worker-parser.ts'
export { buildBundle } from './bundle.ts'
export type { BundleEntry, DeckBundle } from './bundle.ts'
export { entriesFromFileList, readDataTransfer } from './read-drop.ts'
export type { DroppedFiles } from './read-drop.ts'
export { clearRecentDecks, listRecentDecks, newRecentId, readRecentDeck, saveRecentDeck } from './recent-decks.ts'
export type { RecentDeck, StoredDeck } from './recent-decks.ts'
export { bundledDecks, bundledResolver, quickTitle } from './bundled-decks.ts'
export type { BundledDeck } from './bundled-decks.ts'
export { fileLoadError, LoadProblem } from './problems.ts'
export { basename } from './paths.ts'
export { formatSize, maxDeckBytes } from './validate.ts'
export { deckChangedEvent, devServerPath, pollMs, watchFileHandle } from './watch.ts'
export type { PolledHandle } from './watch.ts'
export { isPreparedAhead, reuseUnchangedSlides, sameData, sameSlideData } from './reuse-slides.ts'
export type { SlideComparer } from './reuse-slides.ts'
