/**
 * The app's state: one zustand store made of slices. Each slice's interface
 * is here; `store.ts` combines them, the `*-slice.ts` files make them.
 */
import type { Deck } from '../deck/index.ts'
import type { DeckLoadError, DeckSource } from '../load/index.ts'
import type { AssetResolver, RenderSlice } from '../render/index.ts'
import type { Position } from './navigation.ts'

export type { DeckLoadError, DeckSource }

/** `loading` while a deck is fetched, `ready` once one is shown, `failed` when the last load failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** What comes with an open deck besides its source. */
export interface DeckResources {
  /** Where its relative URLs (images, CSS `url()`s) load from; null: as written. */
  assets?: AssetResolver | null
  /** Frees what the deck holds (object URLs, registered themes) once another deck replaces it. */
  release?: () => void
}

/** A deck with where it came from, as opened. */
export type OpenedDeck = { deck: Deck; source: DeckSource } & DeckResources

export interface DeckSlice {
  /** The deck on screen, or null before the first one is ready. */
  deck: Deck | null
  source: DeckSource | null
  /** Where the deck's relative URLs load from; null: as written. */
  assets: AssetResolver | null
  /** Frees the open deck's resources when another replaces it. */
  release: (() => void) | null
  status: LoadStatus
  /** The last load failure, shown until another deck opens. */
  error: DeckLoadError | null
  /** Start loading from a source: no deck is shown meanwhile. */
  startLoading: (source: DeckSource) => void
  /** Show a deck from its first slide (URL sync may then move to the hash). */
  openDeck: (deck: Deck, source: DeckSource, resources?: DeckResources) => void
  /** Record a failed load and show the fallback deck, when given (else the open deck stays). */
  failLoading: (error: DeckLoadError, fallback?: OpenedDeck) => void
}

export interface NavSlice {
  /** 0-based index of the current slide. */
  slideIndex: number
  /** Fragment step of the current slide: 0 (none shown) … `slide.fragments` (all shown). */
  fragment: number
  /**
   * A move past the last slide of a deck whose rest is still arriving (End,
   * → on its last loaded slide, a typed number past it): made once the rest
   * is in. Null otherwise.
   */
  awaited: Position | null
  /** Go to a slide at a fragment step (default 0), both clamped; `Infinity` reveals all. */
  goTo: (slideIndex: number, fragment?: number) => void
  /** Next fragment, else the next slide with no fragment shown. */
  next: () => void
  /** Previous fragment, else the previous slide fully revealed. */
  previous: () => void
  /** Reveal this slide's remaining fragments, else the next slide fully revealed. */
  nextSlide: () => void
  /** The previous slide, fully revealed. */
  previousSlide: () => void
  /** The first slide, no fragment shown. */
  first: () => void
  /** The last slide, fully revealed (as Marp's End). */
  last: () => void
}

/** The modal layer over the slides; only one at a time. */
export type Overlay = 'overview' | 'help' | 'goTo' | 'search'
/** A screen covering the slide. */
export type Cover = 'black' | 'white'
/** Languages of the app's own text. */
export type Language = 'en' | 'zh-CN'
/**
 * What a window is: the audience's slides, the presenter view, the notes-only
 * view (a phone held as a prompter); on other devices through a relay, the
 * phone remote (notes and big buttons, driving) or an audience device that
 * follows the talk.
 */
export type ViewRole = 'audience' | 'presenter' | 'notes' | 'remote' | 'follow'

export interface UiSlice {
  /** What this window is (fixed for its life). */
  role: ViewRole
  /** The open overlay (overview grid, help, go-to dialog), or null. */
  overlay: Overlay | null
  /** Blackout or whiteout, or null. */
  cover: Cover | null
  language: Language
  /** Ids of notices the user dismissed. */
  dismissedNotices: string[]
  /** Whether the start screen (bundled and recent decks, Open…) is shown. */
  startScreen: boolean
  /** Digits typed for "number then Enter"; empty when none. */
  typedNumber: string
  /** Text found by search to mark on its slide, until the slide changes. */
  searchMark: { slideIndex: number; text: string } | null
  /** Go to a slide and mark the text found there (search). */
  showFound: (slideIndex: number, text: string) => void
  /** Open an overlay (closing any other), or close with null. */
  setOverlay: (overlay: Overlay | null) => void
  /** Open this overlay, or close it when it is the one open. */
  toggleOverlay: (overlay: Overlay) => void
  /** Cover the slide, or uncover it when this cover is on. */
  toggleCover: (cover: Cover) => void
  setLanguage: (language: Language) => void
  dismissNotice: (id: string) => void
  /** Show or hide the start screen. */
  setStartScreen: (open: boolean) => void
  /** Add a digit to the typed number (at most 6 digits are kept). */
  typeDigit: (digit: string) => void
  clearTypedNumber: () => void
  /** Go to the typed slide number (1-based, clamped) and clear it; false when none was typed. */
  submitTypedNumber: () => boolean
  /**
   * Escape, topmost first: clear the typed number, else close the open
   * overlay, else zoom back, else leave drawing or the laser, else lift the
   * cover, else open the overview.
   */
  escape: () => void
}

export interface DisplaySlice {
  /** The theme the deck is shown in instead of its own (theme picker), or null for its own. */
  theme: string | null
  /** Whether slides whose content overflows are shrunk to fit (the overflow guard). */
  fit: boolean
  /** The notes' font size in the presenter and notes views, in CSS pixels. */
  notesFontSize: number
  /** Whether a thin progress bar shows how far through the deck the talk is. */
  progress: boolean
  setProgress: (progress: boolean) => void
  /** Show the deck in a theme, or in its own with null. */
  setTheme: (theme: string | null) => void
  /** Turn the overflow guard on or off. */
  setFit: (fit: boolean) => void
  /** Make the notes larger or smaller by `delta` px (kept between 10 and 96). */
  changeNotesFontSize: (delta: number) => void
}

export interface TimerSlice {
  /** Whether the talk timer runs. */
  timerRunning: boolean
  /** Elapsed ms before the current run. */
  timerBase: number
  /** When the current run started (ms). */
  timerStartedAt: number
  /** The slide being timed, and since when (ms). */
  timedSlide: number
  timedSince: number
  /** Ms spent per 0-based slide index; a slide is present once shown while running. */
  spent: Record<number, number>
  /** Target ms per slide from a saved rehearsal, or null (then the talk length is spread evenly). */
  plan: readonly number[] | null
  /** Keep a rehearsal's times as the plan, or forget it with null. */
  setPlan: (plan: readonly number[] | null) => void
  startTimer: () => void
  pauseTimer: () => void
  resetTimer: () => void
  /** The presented slide changed: count the time of the one left (starts a timer never started). */
  timeSlide: (slideIndex: number) => void
}

/** A point on a slide in slide units: 0 at its left (top) edge, 1 at its right (bottom) edge. */
export interface SlidePoint {
  x: number
  y: number
}

export interface StageSlice {
  /** Whether this window's mouse is the laser pointer. */
  laser: boolean
  /** The laser pointer over the current slide, with when it last moved (ms), or null: shown in every window. */
  pointer: (SlidePoint & { at: number }) | null
  /** The point the current slide is zoomed around, or null. */
  zoom: SlidePoint | null
  toggleLaser: () => void
  /** Move the pointer (from this window or another), or hide it with null. */
  movePointer: (point: SlidePoint | null) => void
  setZoom: (point: SlidePoint | null) => void
}

/** What draws: the pen, the highlighter (wide, translucent), or the eraser (removes strokes it touches). */
export type DrawTool = 'pen' | 'highlighter' | 'eraser'

/** One stroke on a slide: the points the pointer went through, in slide units (x, y pairs). */
export interface Stroke {
  /** Unique across windows. */
  id: string
  tool: 'pen' | 'highlighter'
  /** `#rrggbb`. */
  color: string
  /** Width in slide widths. */
  width: number
  points: readonly number[]
}

export interface DrawingSlice {
  /** Whether this window's mouse draws on the slide. */
  drawing: boolean
  tool: DrawTool
  drawColor: string
  /** Whether drawings are shown (in every window of this browser). */
  drawingsShown: boolean
  /** Strokes per 0-based slide index, oldest first. */
  strokes: Readonly<Record<number, readonly Stroke[]>>
  /** Undo and redo, per slide (this window's own changes). */
  drawHistory: Readonly<Record<number, readonly { added: readonly Stroke[]; removed: readonly Stroke[] }[]>>
  drawFuture: Readonly<Record<number, readonly { added: readonly Stroke[]; removed: readonly Stroke[] }[]>>
  toggleDrawing: () => void
  setTool: (tool: DrawTool) => void
  setDrawColor: (color: string) => void
  toggleDrawingsShown: () => void
  addStroke: (slideIndex: number, stroke: Stroke) => void
  eraseStrokes: (slideIndex: number, ids: readonly string[]) => void
  clearSlide: (slideIndex: number) => void
  undo: (slideIndex: number) => void
  redo: (slideIndex: number) => void
  /** A change made in another window: strokes added, ids removed, or all cleared (no undo history). */
  applyStrokes: (
    slideIndex: number,
    change: { added?: readonly Stroke[]; removed?: readonly string[]; clear?: boolean },
  ) => void
  /** Every slide's strokes at once (loaded from storage, or from another window). */
  setAllStrokes: (strokes: Readonly<Record<number, readonly Stroke[]>>) => void
}

export interface SyncSlice {
  /** When each other kind of window of the deck was last heard from (ms). */
  peers: Partial<Record<ViewRole, number>>
  /** Messages from other windows dropped because they did not fit the protocol. */
  droppedMessages: number
  /** A window of the deck said it is there. */
  hearPeer: (role: ViewRole, at: number) => void
  /** Count a message dropped. */
  dropMessage: () => void
}

/** `slides`: one slide a page; `slides-notes`: the slide with its notes below; `notes`: notes only. */
export type HandoutMode = 'slides' | 'slides-notes' | 'notes'

export interface PrintSlice {
  /** Whether the print view is mounted (it stays once mounted: printing again is then instant). */
  printActive: boolean
  /** Whether the page is being printed (then the view is in the accessibility tree, for a tagged PDF). */
  printing: boolean
  /** Whether this page is for printing only (`?print=1`, the PDF exporter's page). */
  printPage: boolean
  /** What each printed page holds. */
  handout: HandoutMode
  /** One page per fragment step (`N.0` … `N.k`) instead of one per slide, fully revealed. */
  printSteps: boolean
  /** Whether pages show the drawings made on the slides. */
  printDrawings: boolean
  activatePrint: () => void
  setPrinting: (printing: boolean) => void
  setHandout: (mode: HandoutMode) => void
  setPrintSteps: (steps: boolean) => void
  setPrintDrawings: (drawings: boolean) => void
}

/** How the window stands with a relay (other devices). */
export type RelayStatus = 'off' | 'connecting' | 'connected' | 'offline' | 'refused'

export interface RelaySlice {
  relayStatus: RelayStatus
  /** Links other devices open (with the session's secrets in their fragment), once a session is made here. */
  relayLinks: { remote: string; follow: string } | null
  /** Connections in the session: presenters (this window and phone remotes) and followers. */
  relayPresence: { presenters: number; followers: number } | null
  /** On a following device: whether it shows the live slide (else the viewer browsed away). */
  following: boolean
  setRelay: (relay: Partial<Pick<RelaySlice, 'relayStatus' | 'relayLinks' | 'relayPresence' | 'following'>>) => void
}

/** The whole state. */
export type AppState = DeckSlice &
  NavSlice &
  UiSlice &
  DisplaySlice &
  StageSlice &
  DrawingSlice &
  TimerSlice &
  SyncSlice &
  PrintSlice &
  RelaySlice &
  RenderSlice
