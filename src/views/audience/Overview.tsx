/**
 * The overview: a grid of every slide. Thumbnails render only once they
 * scroll near view (IntersectionObserver); arrow keys move between them,
 * Enter or a click goes to one.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Deck, Slide } from '../../deck/index.ts'
import { PresentedSlideContext } from '../../render/index.ts'
import { selectIsOverviewOpen, slideTitle, useActions, useAppState } from '../../state/index.ts'
import { ModalDialog, ScaledSlide, ShownDeckRoot, ShrunkBadge, useMessages } from '../../ui/index.ts'

/** Thumbnail width in CSS pixels. */
const thumbnailWidth = 224

/** The overview dialog. */
export function Overview({ deck }: { deck: Deck }) {
  const t = useMessages()
  const open = useAppState(selectIsOverviewOpen)
  const setOverlay = useActions().setOverlay
  return (
    <ModalDialog
      open={open}
      onClose={() => setOverlay(null)}
      label={t.overview}
      className="lectern-dialog lectern-overview"
    >
      <header className="lectern-dialog-header">
        <h2>{t.overview}</h2>
        <button type="button" onClick={() => setOverlay(null)}>
          {t.closeOverview}
        </button>
      </header>
      <OverviewGrid deck={deck} />
    </ModalDialog>
  )
}

function OverviewGrid({ deck }: { deck: Deck }) {
  const t = useMessages()
  const slideIndex = useAppState((state) => state.slideIndex)
  const goTo = useActions().goTo
  const setOverlay = useActions().setOverlay
  const listRef = useRef<HTMLUListElement>(null)
  const [seen, setSeen] = useState<ReadonlySet<number>>(() => new Set([slideIndex]))

  // Focus the current slide's thumbnail when the grid opens: after the dialog's own layout effect has
  // opened it (a closed dialog's buttons cannot take focus; development's doubled effects hide this).
  useEffect(() => {
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${slideIndex}"]`)
    button?.focus({ preventScroll: true })
    button?.scrollIntoView({ block: 'center' })
    // Only on open: later moves go through the buttons themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Render thumbnails that come within a screen of view, and keep them.
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const observer = new IntersectionObserver(
      (entries) => {
        const added = entries
          .filter((e) => e.isIntersecting)
          .map((e) => Number((e.target as HTMLElement).dataset.index))
        if (added.length) setSeen((old) => (added.every((i) => old.has(i)) ? old : new Set([...old, ...added])))
      },
      { root: list.closest('dialog'), rootMargin: '100% 0px' },
    )
    for (const button of list.querySelectorAll('[data-index]')) observer.observe(button)
    return () => observer.disconnect()
  }, [deck])

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-index]') ?? [])]
    const from = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (from === -1) return
    // Columns as laid out now: the buttons on the first row.
    const top = buttons[0]?.getBoundingClientRect().top
    const secondRow = buttons.findIndex((b) => b.getBoundingClientRect().top !== top)
    const columns = secondRow === -1 ? buttons.length : Math.max(1, secondRow)
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      Home: -Infinity,
      End: Infinity,
    }
    const move = moves[event.key]
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    const to = Math.min(Math.max(from + move, 0), buttons.length - 1)
    buttons[to]?.focus()
  }

  return (
    <ShownDeckRoot deck={deck} className="lectern-overview-deck">
      {/* Tables of contents in the thumbnails mark the section being presented. */}
      <PresentedSlideContext value={slideIndex}>
        <ul className="lectern-grid" ref={listRef} onKeyDown={onKeyDown}>
          {deck.slides.map((slide) => (
            <li key={slide.index}>
              <Thumbnail
                deck={deck}
                slide={slide}
                current={slide.index === slideIndex}
                rendered={seen.has(slide.index)}
                label={t.thumbnailLabel(slide.index + 1, slideTitle(slide))}
                onPick={(index) => {
                  goTo(index)
                  setOverlay(null)
                }}
              />
            </li>
          ))}
        </ul>
      </PresentedSlideContext>
    </ShownDeckRoot>
  )
}

interface ThumbnailProps {
  deck: Deck
  slide: Slide
  current: boolean
  rendered: boolean
  label: string
  onPick: (index: number) => void
}

/** One slide of the grid: a button named after the slide, its picture hidden from assistive tech. */
const Thumbnail = memo(
  function Thumbnail({ deck, slide, current, rendered, label, onPick }: ThumbnailProps) {
    const scale = thumbnailWidth / slide.width
    return (
      <button
        type="button"
        className="lectern-thumb"
        data-index={slide.index}
        aria-label={label}
        aria-current={current ? 'true' : undefined}
        data-rendered={rendered || undefined}
        onClick={() => onPick(slide.index)}
      >
        <span
          className="lectern-thumb-picture"
          aria-hidden="true"
          style={{ width: thumbnailWidth, height: slide.height * scale }}
        >
          {rendered && (
            <ScaledSlide
              as="span"
              className="lectern-thumb-slide"
              deck={deck}
              slide={slide}
              scale={scale}
              marks="drawings"
            />
          )}
        </span>
        <span className="lectern-thumb-caption">
          <span className="lectern-thumb-number" aria-hidden="true">
            {slide.index + 1}
          </span>
          <ShrunkBadge slide={slide} />
        </span>
      </button>
    )
  },
  (a, b) =>
    a.current === b.current &&
    a.rendered === b.rendered &&
    a.label === b.label &&
    a.slide === b.slide &&
    a.deck === b.deck,
)
