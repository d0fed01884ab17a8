/**
 * Emoji as Twemoji pictures, as Marp shows them by default: every emoji in a
 * slide's text becomes `<img class="emoji" alt="😀" data-marp-twemoji>`
 * (Marp's markup, so decks' CSS for it applies), drawn from the Twemoji SVGs
 * the app ships (see twemoji-image.tsx).
 *
 * Which characters count follows Marp: an emoji as Unicode lists them
 * (emoji-regex) and not followed by U+FE0E (text form), drawn when Twemoji's
 * parser takes it: emoji-presentation characters, sequences (ZWJ families,
 * skin tones, flags, keycaps) as one picture, and text-presentation ones such
 * as © or ⚜ only when followed by U+FE0F.
 *
 * Runs after sanitising, so only our code makes these images. Formulas are
 * left to the math stage; fenced code with a language is done once the code
 * stage has coloured it (that stage rewrites the text).
 */
import type { Element, ElementContent, Root } from 'hast'
import { parse } from '@twemoji/parser'
import emojiRegex from 'emoji-regex'

/** Emoji as Unicode lists them: what may become a picture. */
const emojiPattern = emojiRegex()

/** One emoji found in a text: where it is, and its Twemoji file's name without `.svg`. */
export interface TwemojiMatch {
  /** The emoji as written (the image's alt text). */
  text: string
  /** Offset of its first UTF-16 unit in the text. */
  start: number
  /** Offset just past it. */
  end: number
  /** Code points in lowercase hex joined by `-` (U+FE0F left out unless the sequence has a ZWJ), Twemoji's file name. */
  codePoints: string
}

/**
 * The emoji of a text that Twemoji draws, in order.
 *
 * @param text
 *   Any text.
 */
export function findTwemoji(text: string): TwemojiMatch[] {
  const matches: TwemojiMatch[] = []
  for (const found of text.matchAll(emojiPattern)) {
    // U+FE0E after an emoji asks for its text form.
    if (text[found.index + found[0].length] === '\uFE0E') continue
    // The parser hands its file name to `buildUrl`; the URL is the page's to make (twemoji-image.tsx).
    for (const { text: emoji, indices, url } of parse(found[0], { buildUrl: (codePoints) => codePoints })) {
      // A lone U+FE0F is no emoji (the parser reports it with no code points).
      if (!url) continue
      const start = found.index + indices[0]
      matches.push({ text: emoji, start, end: start + emoji.length, codePoints: url })
    }
  }
  return matches
}

/** Marp's attribute on its Twemoji images (decks' CSS selects on it); ours carries the file name too. */
const marker = 'dataMarpTwemoji'

/** An emoji image as Marp writes it. */
function twemojiElement(match: TwemojiMatch): Element {
  return {
    type: 'element',
    tagName: 'img',
    properties: { className: ['emoji'], draggable: 'false', alt: match.text, [marker]: match.codePoints },
    children: [],
  }
}

/** Whether an element is a formula (the math stage's). */
function isMath(element: Element): boolean {
  const classes = element.properties.className
  return Array.isArray(classes) && classes.some((name) => name === 'math-inline' || name === 'math-display')
}

/** Whether an element is fenced code with a language (the code stage's, which rewrites its text). */
function isColouredCode(element: Element, parent: Element | Root): boolean {
  const classes = element.properties.className
  return (
    element.tagName === 'code' &&
    parent.type === 'element' &&
    parent.tagName === 'pre' &&
    Array.isArray(classes) &&
    classes.some((name) => String(name).startsWith('language-'))
  )
}

/** A text's nodes with its emoji as images, or null when it has none. */
function splitText(value: string): ElementContent[] | null {
  const matches = findTwemoji(value)
  if (matches.length === 0) return null
  const nodes: ElementContent[] = []
  let at = 0
  for (const match of matches) {
    if (match.start > at) nodes.push({ type: 'text', value: value.slice(at, match.start) })
    nodes.push(twemojiElement(match))
    at = match.end
  }
  if (at < value.length) nodes.push({ type: 'text', value: value.slice(at) })
  return nodes
}

function replaceIn(parent: Element | Root): void {
  const children: (typeof parent.children)[number][] = []
  let changed = false
  for (const child of parent.children) {
    if (child.type === 'text') {
      const nodes = splitText(child.value)
      if (nodes) {
        children.push(...nodes)
        changed = true
        continue
      }
    } else if (child.type === 'element' && !isMath(child) && !isColouredCode(child, parent)) {
      replaceIn(child)
    }
    children.push(child)
  }
  if (changed) parent.children = children as typeof parent.children
}

/**
 * Turn the emoji of a sanitised slide tree into Twemoji images, in place.
 *
 * @param tree
 *   Slide hast (body, header or footer).
 */
export function twemojiImages(tree: Root): undefined {
  replaceIn(tree)
  return undefined
}

/**
 * Turn the emoji of fenced code with a language into Twemoji images, in
 * place: after the code stage has coloured it (see render-slice.ts).
 *
 * @param tree
 *   Slide hast, its code coloured.
 */
export function twemojiInCode(tree: Root | Element): undefined {
  for (const child of tree.children) {
    if (child.type !== 'element' || isMath(child)) continue
    if (isColouredCode(child, tree)) replaceIn(child)
    else twemojiInCode(child)
  }
  return undefined
}

/** A rehype plugin for {@link twemojiImages}. */
export function rehypeTwemoji() {
  return twemojiImages
}
