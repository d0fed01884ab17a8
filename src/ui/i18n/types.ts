/** The shape of the app's own text, in every language. */
import type { DeckLoadError, HandoutMode, KeyAction } from '../../state/index.ts'

/** Descriptions of key actions for the help overlay, by action (see the key table). */
export type HelpId = KeyAction

export interface Messages {
  previousSlide: string
  nextSlide: string
  /** The counter: "3 / 12". */
  counter: (n: number, total: number) => string
  controls: string
  overview: string
  help: string
  presenterView: string
  enterFullscreen: string
  exitFullscreen: string
  language: string
  /** The theme picker's label. */
  theme: string
  /** The picker's entry for the deck's own theme. */
  ownTheme: (name: string) => string
  /** The overflow guard's switch. */
  fitToSlide: string
  /** The progress bar, and its switch. */
  progress: string
  showProgress: string
  /** The mark on a slide the guard shrank: "Shrunk to 82 %". */
  shrunkTo: (percent: number) => string
  /** A slide's label: "Slide 3 of 12: Intro". */
  slideLabel: (n: number, total: number, title: string | null) => string
  /** A thumbnail's label: "Slide 3: Intro". */
  thumbnailLabel: (n: number, title: string | null) => string
  closeOverview: string
  keyboardShortcuts: string
  keys: string
  action: string
  close: string
  goToSlide: string
  goToInput: string
  goToHint: string
  matches: string
  noMatch: string
  /** The "digits then Enter" indicator. */
  typedNumber: (digits: string) => string
  blackScreen: string
  whiteScreen: string
  dismiss: string
  notices: string
  themeUnavailable: (theme: string) => string
  /** What of the deck's CSS was left out: imported stylesheets, and whether rules were cut. */
  cssLeftOut: (imports: readonly string[], cut: boolean) => string
  loadFailed: (error: DeckLoadError) => string
  showingBundled: string
  loading: (url: string) => string
  noSlides: string
  /** Opening decks: start screen, drop, choice, warnings. */
  open: OpenMessages
  /** The presenter and notes views. */
  presenter: PresenterMessages
  /** The print dialog. */
  print: PrintMessages
  /** The search dialog. */
  search: SearchMessages
  /** The laser pointer and drawing. */
  draw: DrawMessages
  /** Other devices: the share panel, the remote and following views. */
  share: ShareMessages
}
export interface OpenMessages {
  /** The control-bar button and the start screen's name. */
  openButton: string
  openTitle: string
  startTitle: string
  openFile: string
  openFolder: string
  dropHint: string
  dropHere: string
  bundledDecks: string
  recentDecks: string
  noRecent: string
  clearRecent: string
  /** Choice among several dropped decks. */
  chooseDeck: string
  chooseDeckHint: (count: number) => string
  cancel: string
  pastedName: string
  /** A deck read as GBK or Shift_JIS. */
  encodingWarning: (name: string, encoding: string) => string
  /** The engine's warnings panel. */
  warningsTitle: (count: number) => string
  warningLine: (line: number) => string
  /** Names of kinds of files that are not decks (`not-markdown`). */
  kinds: Record<string, string>
  /** The size part of a too-large file: "50 MB; Lectern opens decks up to 8 MB". */
  tooLarge: (size: string, limit: string) => string
}
export interface PresenterMessages {
  presenterView: string
  swapDisplays: string
  noOtherDisplay: string
  notesView: string
  current: string
  nextStep: string
  nextFragment: string
  endOfDeck: string
  notes: string
  noNotes: string
  loadingNotes: string
  slideOf: (n: number, total: number) => string
  timer: string
  elapsed: string
  start: string
  pause: string
  reset: string
  remaining: string
  timeUp: string
  clock: string
  onThisSlide: string
  /** Pacing: ahead of or behind the plan. */
  pace: string
  onTime: string
  ahead: (time: string) => string
  behind: (time: string) => string
  usePlan: string
  replacePlan: string
  forgetPlan: string
  larger: string
  smaller: string
  previous: string
  next: string
  audienceConnected: string
  audienceMissing: string
  /** The button that opens the audience window from the presenter view (shown while none is connected). */
  openAudience: string
  rehearsal: string
  slide: string
  title: string
  time: string
  skipped: string
  yes: string
  downloadCsv: string
  downloadMarkdown: string
  untitled: string
}
export interface PrintMessages {
  /** The control bar's button and the dialog's title. */
  printButton: string
  pages: string
  /** What each page holds. */
  handouts: Record<HandoutMode, string>
  options: string
  /** One page a fragment step. */
  steps: string
  drawings: string
  preflight: string
  checking: (count: number) => string
  allFine: (count: number) => string
  slide: (n: number) => string
  overflows: string
  shrunk: (percent: string) => string
  imageFailed: (detail: string) => string
  cancel: string
  print: string
}

export interface SearchMessages {
  title: string
  input: string
  hint: string
  hits: string
  count: (n: number) => string
  /** Where a hit is: "Slide 3: Intro (notes)". */
  where: (n: number, title: string | null, where: 'slide' | 'notes') => string
}

export interface DrawMessages {
  toolbar: string
  tools: Record<'pen' | 'highlighter' | 'eraser', string>
  /** Names of the colours offered, in their order. */
  colors: readonly string[]
  undo: string
  redo: string
  clear: string
  shown: string
  done: string
  laser: string
  draw: string
}

export interface ShareMessages {
  title: string
  status: Record<'off' | 'connecting' | 'connected' | 'offline' | 'refused', string>
  presence: (remotes: number, followers: number) => string
  remote: string
  remoteHint: string
  follow: string
  followHint: string
  copy: string
  open: string
  copied: string
  waiting: string
  live: string
  backToLive: string
  refusedLink: string
  localOnly: string
}
