/**
 * One slide as Marp shapes it: a `<section>` at the slide's logical size
 * (e.g. 1280×720), unscaled; the views scale it to their boxes.
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
import { useMemo, useRef } from 'react'
import type { Deck, Slide } from '../deck/index.ts'
import { assetCssValue } from './asset-urls.ts'
import { BackgroundImages } from './background-layer.tsx'
import { useBackgroundImageFailed } from './background-image-status.ts'
import { useRenderer, useRenderState } from './context.tsx'
import { useShownDeck } from './shown-deck.ts'
import { useFitSlide } from './fit-content.ts'
import { slideScopeKey } from './prepared.ts'
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
          <SlideSections slide={slide} />
        </SlideContext>
      </SlideErrorBoundary>
    </div>
  )
}

function SlideSections({ slide }: { slide: Slide }) {
  const renderer = useRenderer()
  const stages = useRenderState((state) => state.stages)
  const { prepared, assets } = useShownDeck()
  const theme = prepared.theme
  const resolveUrls = (value: string) => assetCssValue(assets, value)
  const backgroundImageFailed = useBackgroundImageFailed(slide.backgroundImage && resolveUrls(slide.backgroundImage))
  const options = {
    // As in Marp, `data-theme` only when the deck chose a theme we have.
    theme: theme.requested && !theme.unknown ? theme.name : null,
    scope: slideScopeKey(slide),
    backgroundImageFailed,
    resolveUrls,
  }
  const props = (layer: SectionLayer) => sectionProps(slide, { ...options, layer })

  const part = renderer.slide(slide)
  const body = renderer.element(part.body, stages)
  const header = part.header && renderer.element(part.header, stages)
  const footer = part.footer && renderer.element(part.footer, stages)
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
