/**
 * One slide as Marp shapes it: a `<section>` at the slide's logical size
 * (e.g. 1280×720), unscaled; the presenter scales it to the window.
 *
 * CONTRACT (kept stable for src/present): props and the DOM shape below.
 *
 * ```html
 * <div data-lectern-slide="3" style="width:1280px;height:720px">
 *   <section id="3" class="…" data-paginate="true" … style="--paginate:true;…">
 *     <header>…</header> …content… <footer>…</footer>
 *   </section>
 * </div>
 * ```
 *
 * With `![bg](…)` images the box holds three stacked sections instead
 * (`data-marpit-advanced-background="background|content|pseudo"`), the
 * content one carrying the `id`. Put slides inside `DeckRoot` for the deck's
 * theme and CSS.
 */
import { useMemo, useRef, type ReactElement } from 'react'
import type { Root } from 'hast'
import type { Deck, Slide } from '../deck/types.ts'
import { assetCssValue } from './asset-urls.ts'
import { BackgroundImages } from './background-layer.tsx'
import { useBackgroundImageFailed } from './background-image-status.ts'
import { hastToReact } from './components.tsx'
import { applyExtras, useRenderExtras } from './extras.ts'
import type { RenderExtras } from './hast.ts'
import { useFitSlide } from './fit-content.ts'
import { preparedSlide, slideScopeKey } from './prepared.ts'
import { useShownDeck } from './theme-override.ts'
import { sectionProps, type SectionLayer } from './section-attributes.ts'
import { SlideContext, type SlideContextValue } from './slide-context.ts'
import { SlideErrorBoundary } from './slide-error-boundary.tsx'
import './scaffold.css'
import '../themes/awesome/fonts.css'

export interface SlideViewProps {
  deck: Deck
  slide: Slide
  /** How many fragment steps are shown (0 … slide.fragments). Default: all. */
  fragment?: number
  /**
   * Called when a link inside the slide (body, header or footer) points into
   * the deck (`#3`, `#slug`, `#heading text`), with the target's 0-based index.
   */
  onNavigate?: (index: number) => void
}

/** The slide's box (`slide.width` × `slide.height` CSS pixels) and its section(s). */
export function SlideView({ deck, slide, fragment, onNavigate }: SlideViewProps) {
  const shown = fragment ?? slide.fragments
  const context = useMemo<SlideContextValue>(() => ({ deck, fragment: shown, onNavigate }), [deck, shown, onNavigate])
  const box = useRef<HTMLDivElement>(null)
  useFitSlide(box, slide)
  return (
    <div ref={box} data-lectern-slide={slide.id} style={{ width: slide.width, height: slide.height }}>
      <SlideErrorBoundary slideId={slide.id} resetKey={slide}>
        <SlideContext value={context}>
          <SlideSections deck={deck} slide={slide} />
        </SlideContext>
      </SlideErrorBoundary>
    </div>
  )
}

const elementCache = new WeakMap<Root, { extras: RenderExtras; element: ReactElement }>()

/** React elements for a prepared hast tree, cached per tree and loaded stages. */
function rendered(tree: Root, extras: RenderExtras): ReactElement {
  const cached = elementCache.get(tree)
  if (cached && cached.extras === extras) return cached.element
  const element = hastToReact(applyExtras(tree, extras))
  elementCache.set(tree, { extras, element })
  return element
}

/**
 * Prepare slides ahead (for the next key press), so showing them costs
 * nothing but mounting.
 */
export function prewarmSlides(slides: readonly Slide[], extras: RenderExtras): void {
  for (const slide of slides) {
    const part = preparedSlide(slide)
    rendered(part.body, extras)
    if (part.header) rendered(part.header, extras)
    if (part.footer) rendered(part.footer, extras)
  }
}

function SlideSections({ deck, slide }: { deck: Deck; slide: Slide }) {
  const extras = useRenderExtras(deck)
  const theme = useShownDeck(deck).theme
  // As in Marp, `data-theme` only when the deck chose a theme we have.
  const resolveUrls = (value: string) => assetCssValue(deck, value)
  const backgroundImageFailed = useBackgroundImageFailed(slide.backgroundImage && resolveUrls(slide.backgroundImage))
  const options = {
    theme: theme.requested && !theme.unknown ? theme.name : null,
    scope: slideScopeKey(slide),
    backgroundImageFailed,
    resolveUrls,
  }
  const props = (layer: SectionLayer) => sectionProps(slide, { ...options, layer })

  const part = preparedSlide(slide)
  const body = rendered(part.body, extras)
  const header = part.header && rendered(part.header, extras)
  const footer = part.footer && rendered(part.footer, extras)
  const content = (
    <>
      {header ? <header>{header}</header> : null}
      {body}
      {footer ? <footer>{footer}</footer> : null}
    </>
  )

  if (slide.bgImages.length === 0) return <section {...props('single')}>{content}</section>
  return (
    <>
      <section {...props('background')}>
        <BackgroundImages slide={slide} />
      </section>
      <section {...props('content')}>{content}</section>
      <section {...props('pseudo')} />
    </>
  )
}
