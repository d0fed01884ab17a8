/** The presenter store's state: three slices combined into one store. */
import type { Deck } from '../../deck/index.ts'

/** Where the deck on screen came from. */
export type DeckSource =
  | { kind: 'bundled'; name: string }
  | { kind: 'url'; name: string; url: string }
  /** Dropped, picked or pasted: `id` names its recent-deck entry; `encoding` when it was not UTF-8. */
  | { kind: 'file'; name: string; id: string; encoding?: string }

/** Why a deck could not be opened, in terms the UI can word in any language. */
export interface DeckLoadError {
  /** The deck URL as the user gave it, or the file's name (`origin: 'file'`). */
  url: string
  /**
   * `http` (status not OK), `network`, `html` (a web page, not Markdown), `bad-url`, `not-text`,
   * `too-large`; for files also `empty`, `not-markdown` (an image, a document…), `encoding`
   * (not UTF-8, GBK or Shift_JIS), `no-deck` (a drop without a Markdown file), `storage`
   * (a recent deck no longer stored).
   */
  code:
    | 'http'
    | 'network'
    | 'html'
    | 'bad-url'
    | 'not-text'
    | 'too-large'
    | 'empty'
    | 'not-markdown'
    | 'encoding'
    | 'no-deck'
    | 'storage'
  /** Extra detail: the HTTP status line, the browser's message, the size limit, the kind of file. */
  detail: string
  /** Where it came from: a URL (default) or a file. */
  origin?: 'url' | 'file'
}

/** `loading` while a deck is fetched, `ready` once one is shown, `failed` when the last load failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed'

export interface DeckSlice {
  /** The deck on screen, or null before the first one is ready. */
  deck: Deck | null
  source: DeckSource | null
  status: LoadStatus
  /** The last load failure, shown until another deck opens. */
  error: DeckLoadError | null
  /** Start loading from a source: no deck is shown meanwhile. */
  startLoading: (source: DeckSource) => void
  /** Show a deck from its first slide (URL sync may then move to the hash). */
  openDeck: (deck: Deck, source: DeckSource) => void
  /** Record a failed load and show the fallback deck, when given (else the open deck stays). */
  failLoading: (error: DeckLoadError, fallback?: { deck: Deck; source: DeckSource }) => void
  /** Whether the start screen (bundled and recent decks, Open…) is shown. */
  startScreen: boolean
  /** Show or hide the start screen. */
  setStartScreen: (open: boolean) => void
}

export interface NavSlice {
  /** 0-based index of the current slide. */
  slideIndex: number
  /** Fragment step of the current slide: 0 (none shown) … `slide.fragments` (all shown). */
  fragment: number
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
export type Overlay = 'overview' | 'help' | 'goTo'
/** A screen covering the slide. */
export type Cover = 'black' | 'white'
/** Languages of the app's own text. */
export type Language = 'en' | 'zh-CN'

export interface UiSlice {
  /** The open overlay (overview grid, help, go-to dialog), or null. */
  overlay: Overlay | null
  /** Blackout or whiteout, or null. */
  cover: Cover | null
  language: Language
  /** Ids of notices the user dismissed. */
  dismissedNotices: string[]
  /** The theme the deck is shown in instead of its own (theme picker), or null for its own. */
  theme: string | null
  /** Whether slides whose content overflows are shrunk to fit (the overflow guard). */
  fit: boolean
  /** Show the deck in a theme, or in its own with null. */
  setTheme: (theme: string | null) => void
  /** Turn the overflow guard on or off. */
  setFit: (fit: boolean) => void
  /** Digits typed for "number then Enter"; empty when none. */
  typedNumber: string
  /** Open an overlay (closing any other), or close with null. */
  setOverlay: (overlay: Overlay | null) => void
  /** Open this overlay, or close it when it is the one open. */
  toggleOverlay: (overlay: Overlay) => void
  /** Cover the slide, or uncover it when this cover is on. */
  toggleCover: (cover: Cover) => void
  setLanguage: (language: Language) => void
  dismissNotice: (id: string) => void
  /** Add a digit to the typed number (at most 6 digits are kept). */
  typeDigit: (digit: string) => void
  clearTypedNumber: () => void
  /** Go to the typed slide number (1-based, clamped) and clear it; false when none was typed. */
  submitTypedNumber: () => boolean
  /**
   * Escape, topmost first: clear the typed number, else close the open
   * overlay, else lift the cover, else open the overview.
   */
  escape: () => void
}

export type PresenterState = DeckSlice & NavSlice & UiSlice
