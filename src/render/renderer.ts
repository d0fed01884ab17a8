/**
 * The renderer: one per app (given to slides by `RenderContext`), holding
 * what rendering remembers between renders — prepared slides and decks,
 * React elements per prepared tree, decks' CSS in other themes — and loading
 * the heavy pipeline (`preparer.ts`) when a deck was not prepared ahead.
 *
 * Notes: caches are keyed by the deck's own objects (`Deck`, `Slide`, hast
 * roots), which never change once made, so nothing here goes stale.
 */
import type { Root as HastRoot } from 'hast'
import type { ReactElement } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { Deck, Slide } from '../deck/index.ts'
import { hastToReact } from './components.tsx'
import { hastText, mdastText } from './slide-text.ts'
import { applyStages } from './stages.ts'
import type { PreparedDeck, PreparedSlide, PreparedWhole, Preparer } from './prepared.ts'
import type { RenderSlice, RenderStages, ThemedCss } from './render-slice.ts'

export interface Renderer {
  /** The store slides report to (fits, images) and read from (stages, themed CSS). */
  readonly store: StoreApi<RenderSlice>
  /** Take a deck prepared ahead (build time, the PDF exporter): its slides need no pipeline. */
  adopt(deck: Deck, prepared: PreparedWhole): void
  /** Make a deck renderable: load the pipeline unless it came prepared, and start loading its stages. */
  ready(deck: Deck): Promise<void>
  /**
   * Load the pipeline now (the page is idle), and prepare a sample deck in `theme` (its scoped CSS kept), so
   * the first deck in that theme waits for neither.
   */
  warm(theme: string): Promise<void>
  /** A slide's prepared content (prepared now, once, if it was not ahead). */
  slide(slide: Slide): PreparedSlide
  /** A deck's prepared CSS, theme and needs. */
  deck(deck: Deck): PreparedDeck
  /**
   * The deck as shown in `theme` (the theme picker's choice; null: its own):
   * the deck's own CSS until {@link Renderer.buildTheme} has put that theme's
   * in the store's `themed`.
   */
  shown(deck: Deck, theme: string | null, themed: RenderSlice['themed']): PreparedDeck
  /** Build the deck's CSS in `theme` (unless it is shown in it already); the latest request wins. */
  buildTheme(deck: Deck, theme: string | null): void
  /** React elements for a prepared tree with the given stages applied. */
  element(tree: HastRoot, stages: RenderStages): ReactElement
  /** Prepare slides ahead (for the next key press), so showing them costs nothing but mounting. */
  prewarm(slides: readonly Slide[]): void
  /** A slide's own text as the audience reads it (no header, footer or markup), for search. */
  slideText(slide: Slide): string
}

/** Options of {@link createRenderer}. */
export interface RendererOptions {
  /** The pipeline, when it is at hand already (Node, tests); else loaded when a deck needs it. */
  preparer?: Preparer
}

/**
 * Create the renderer.
 *
 * @param store
 *   The app's store (with the render slice).
 * @param options
 *   A preparer to use at once.
 */
export function createRenderer(store: StoreApi<RenderSlice>, options: RendererOptions = {}): Renderer {
  let preparer: Preparer | null = options.preparer ?? null
  let loading: Promise<Preparer> | null = null
  const slides = new WeakMap<Slide, PreparedSlide>()
  const decks = new WeakMap<Deck, PreparedDeck>()
  const elements = new WeakMap<HastRoot, { stages: RenderStages; element: ReactElement }>()
  const shownDecks = new WeakMap<ThemedCss, PreparedDeck>()
  const texts = new WeakMap<Slide, string>()
  /** The latest theme asked for per deck, so a slow earlier build never wins. */
  const requests = new WeakMap<Deck, string>()

  const loadPreparer = (): Promise<Preparer> => {
    if (preparer) return Promise.resolve(preparer)
    loading ??= import('./preparer.ts').then(
      (module) => (preparer = module.preparer),
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }
  const need = (): Preparer => {
    if (!preparer) throw new Error('Unexpected deck that is not ready, expected `renderer.ready(deck)` first')
    return preparer
  }

  const renderer: Renderer = {
    store,
    adopt(deck, { slides: parts, ...rest }) {
      decks.set(deck, rest)
      deck.slides.forEach((slide, index) => {
        const part = parts[index]
        if (part) slides.set(slide, part)
      })
    },
    async warm(theme) {
      const pipeline = await loadPreparer()
      pipeline.warm(theme)
    },
    async ready(deck) {
      if (!decks.has(deck) || deck.slides.some((slide) => !slides.has(slide))) await loadPreparer()
      store.getState().loadStages(renderer.deck(deck).needs)
    },
    slide(slide) {
      let part = slides.get(slide)
      if (!part) {
        part = need().slide(slide)
        slides.set(slide, part)
      }
      return part
    },
    deck(deck) {
      let prepared = decks.get(deck)
      if (!prepared) {
        prepared = need().deck(deck)
        decks.set(deck, prepared)
      }
      return prepared
    },
    shown(deck, theme, themed) {
      const own = renderer.deck(deck)
      if (theme === null || (theme === own.theme.name && !own.theme.unknown)) return own
      if (themed?.deck !== deck || themed.theme !== theme || themed.css === null) return own
      let shown = shownDecks.get(themed)
      if (!shown) {
        shown = {
          ...own,
          css: themed.css,
          sheet: undefined,
          theme: { name: theme, requested: own.theme.requested, unknown: false },
        }
        shownDecks.set(themed, shown)
      }
      return shown
    },
    buildTheme(deck, theme) {
      const themed = store.getState().themed
      if (theme === null || requests.get(deck) === theme || (themed?.deck === deck && themed.theme === theme)) return
      requests.set(deck, theme)
      loadPreparer().then(
        (pipeline) => {
          if (requests.get(deck) !== theme) return
          store.getState().setThemed({ deck, theme, css: pipeline.themedCss(deck, theme) })
        },
        (error: unknown) => console.error('Unexpected failure loading the theme pipeline', error),
      )
    },
    element(tree, stages) {
      const cached = elements.get(tree)
      if (cached && cached.stages === stages) return cached.element
      const element = hastToReact(applyStages(tree, stages))
      elements.set(tree, { stages, element })
      return element
    },
    slideText(slide) {
      let text = texts.get(slide)
      if (text === undefined) {
        // Slides prepared ahead keep no Markdown tree: read their prepared HTML tree instead.
        const part = slide.tree.children.length > 0 ? null : renderer.slide(slide)
        const body = part ? hastText(part.body) : mdastText(slide.tree)
        // Headers and footers repeat from slide to slide (a navbar names every section), so they are left
        // out: a search for a section's name finds that section, not every slide.
        text = body
          .replace(/[ \t]+/g, ' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim()
        texts.set(slide, text)
      }
      return text
    },
    prewarm(list) {
      const stages = store.getState().stages
      for (const slide of list) {
        const part = renderer.slide(slide)
        renderer.element(part.body, stages)
        if (part.header) renderer.element(part.header, stages)
        if (part.footer) renderer.element(part.footer, stages)
      }
    },
  }
  return renderer
}
