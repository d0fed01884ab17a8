/**
 * The seed deck's first slide as static HTML, made when the app is built
 * (scripts/vite-first-paint.ts puts it in index.html): the page shows the
 * slide as soon as its HTML and CSS arrive, before any JavaScript has run.
 * The app's first render replaces it with the same slide, live.
 *
 * It is rendered with the components the stage uses (same elements, classes
 * and attributes, so the same CSS applies), inside an SVG whose viewBox
 * letterboxes the slide in the window the way the stage does, without script.
 * This module runs in Node only, through Vite's SSR loader.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Deck } from '../deck/index.ts'
import { createRenderer, RenderProvider, type PreparedWhole } from '../render/index.ts'
import { createAppStore, slideTitle, StoreProvider, type AppStore } from '../state/index.ts'
import { messagesFor, ScaledSlide, ShownDeckRoot } from '../ui/index.ts'

/**
 * The first slide of a prepared bundled deck, as it shows on the stage.
 *
 * @param json
 *   The deck prepared (`preparedDeckJson` of src/render/preparer.ts).
 * @param sheet
 *   The name its CSS is kept under in the page's stylesheet (`[data-lectern-deck="NAME"]`).
 */
export async function firstPaintMarkup(json: string, sheet: string): Promise<string> {
  const { deck, prepared } = JSON.parse(json) as { deck: Deck; prepared: PreparedWhole }
  const store = createAppStore()
  const renderer = createRenderer(store)
  renderer.adopt(deck, { ...prepared, css: '', sheet })
  store.getState().openDeck(deck, { kind: 'bundled', name: `${sheet}.md` })
  // Server rendering reads a store's initial state; this one's is the state with the deck open.
  const opened: AppStore = { ...store, getInitialState: store.getState }
  const slide = deck.slides[0]
  if (!slide) return ''
  const label = (await messagesFor('en')).slideLabel(1, deck.slides.length, slideTitle(slide))
  // Labelled like the stage's slide, so it is not inert (browsers do not count inert content as painted).
  const html = renderToStaticMarkup(
    <StoreProvider store={opened}>
      <RenderProvider renderer={renderer}>
        <ShownDeckRoot deck={deck} className="lectern-deck">
          <ScaledSlide
            className="lectern-frame"
            deck={deck}
            slide={slide}
            state="current"
            fragment={0}
            scale={1}
            label={label}
          />
        </ShownDeckRoot>
      </RenderProvider>
    </StoreProvider>,
  )
  const size = `viewBox="0 0 ${slide.width} ${slide.height}"`
  return (
    // Hidden from assistive technology (and from tests that find slides by role): it cannot be used yet,
    // keys and clicks wait for the app, which replaces it with the live slide within a moment.
    `<svg class="lectern-first-paint" ${size} aria-hidden="true">` +
    `<foreignObject width="${slide.width}" height="${slide.height}">${html}</foreignObject></svg>`
  )
}
