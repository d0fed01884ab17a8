import { useMemo, useState } from 'react'
import seedDeck from '../../decks/seed-bert.md?raw'
import { parseDeck } from '../deck/index.ts'
import { renderSlideContent } from '../render/slide-content.tsx'
import './app.css'

const deck = parseDeck(seedDeck)

/** The presenter: the current slide of the bundled seed deck, with Prev/Next controls. */
export function App() {
  const [index, setIndex] = useState(0)
  const count = deck.slides.length
  const slide = deck.slides[index]
  const content = useMemo(() => slide && renderSlideContent(slide.tree), [slide])

  if (!slide) return <p role="alert">This deck has no slides.</p>

  return (
    <main className="presenter">
      <section
        className="slide"
        aria-roledescription="slide"
        aria-label={`Slide ${index + 1}`}
        style={{ aspectRatio: `${slide.width} / ${slide.height}` }}
      >
        {content}
      </section>
      <nav className="controls" aria-label="Slide navigation">
        <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
          Previous slide
        </button>
        <span role="status">{`${index + 1} / ${count}`}</span>
        <button type="button" onClick={() => setIndex(index + 1)} disabled={index === count - 1}>
          Next slide
        </button>
      </nav>
    </main>
  )
}
