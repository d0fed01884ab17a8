/**
 * The deck processor: Marp Markdown in, a `Deck` out, as one unified chain.
 *
 * 1. Syntax: remark (CommonMark) with Marp's bare URLs (linkify-it), GFM
 *    (tables and `~~strike~~` as in Marp; task lists, footnotes and
 *    `www.` links beyond it), Marp's math delimiters, emoji shortcodes, and
 *    soft line breaks as `<br>`.
 * 2. Parse: remark's parser run chunk by chunk, remembered by each chunk's
 *    text, so a 1,000-slide deck re-parses only what an edit touched.
 * 3. Split into slides: rulers, `headingDivider`, global, local and spot
 *    directives, comments as presenter notes, `<style>` blocks as CSS.
 * 4. Per slide: images and backgrounds, fragments, fitting headings,
 *    footnotes, headings and their ids.
 * 5. Compile: the `Deck`.
 *
 * Rendering continues the chain per slide (src/render): remark-rehype,
 * rehype-raw and rehype-sanitize make each slide's safe hast (hast.ts),
 * KaTeX and highlight.js typeset it once loaded, and rehype-react turns it
 * into React elements (components.tsx).
 */
import { remark } from 'remark'
import remarkBreaks from 'remark-breaks'
import remarkGemoji from 'remark-gemoji'
import remarkGfm from 'remark-gfm'
import { atParse } from './at-parse.ts'
import { remarkBackgrounds } from './backgrounds.ts'
import { remarkDeck } from './compile.ts'
import { remarkFit } from './fit.ts'
import { remarkFootnotes } from './footnotes.ts'
import { remarkFragments } from './fragments.ts'
import { remarkHeadings } from './headings.ts'
import { remarkDeckParse } from './parse.ts'
import { remarkMarpLinks } from './remark-marp-links.ts'
import { remarkMarpMath } from './remark-marp-math.ts'
import { remarkSlides } from './slides.ts'

/** Text to `Deck`; pass the parser's memory and options as `data.lectern` (see parse-deck.ts). */
export const deckProcessor = remark()
  .use(remarkMarpLinks)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkMarpMath)
  .use(atParse(remarkGemoji))
  .use(atParse(remarkBreaks))
  .use(remarkDeckParse)
  .use(remarkSlides)
  .use(remarkBackgrounds)
  .use(remarkFragments)
  .use(remarkFit)
  .use(remarkFootnotes)
  .use(remarkHeadings)
  .use(remarkDeck)
  .freeze()
