/**
 * The overflow guard on real decks: with it on (the default), nothing on any
 * slide of the seed deck, the Awesome demo deck and the Awesome tour reaches
 * outside its slide; with it off (`?fit=0`), the slides that do overflow are
 * ones the guard shrinks, and it shrinks no slide that fits. The print view lays every slide out at its
 * own size, so boxes are in slide pixels as they are.
 */
import { existsSync, readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { openPrint } from './print-fixtures.ts'

const demoPath = new URL('../../shared/decks/awesome-marp-blue.md', import.meta.url)

/** The decks, how to open them, and their slide counts (seed: print-pdf.spec.ts; demo: its 60 reference pages; tour: its unit test). */
const decks = [
  { name: 'seed deck', deck: '/decks/seed-bert.md', slides: 12 },
  { name: 'Awesome demo deck', deck: '/__overflow/awesome-marp-blue.md', slides: 60, file: demoPath },
  { name: 'Awesome tour', deck: '/decks/awesome-tour.md', slides: 59 },
]

/** What one look at the print view found. */
interface Reading {
  /** Elements outside their slide. */
  spills: Spill[]
  /** Slides the guard shrank. */
  shrunk: number[]
  /**
   * Slides whose text or images run into the header or footer: into the bar
   * a short one draws across the slide (a navbar; the footer line), or onto
   * the text or images of a tall one (a watermark, a sidebar).
   */
  collisions: number[]
}

/** One element found outside its slide. */
interface Spill {
  slide: number
  element: string
  box: [number, number, number, number]
}

/**
 * Every element of every slide (header, footer and what is clipped by an
 * ancestor aside) whose box leaves its slide's box by more than 1 px; and the
 * slides the guard shrank.
 */
async function measure(page: Page): Promise<Reading> {
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map((image) => (image.complete ? null : image.decode().catch(() => null))))
  })
  // Fitting follows late size changes (images, fonts) a frame or more later: measure until two readings agree.
  let last = ''
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(300)
    const reading = await measureOnce(page)
    if (JSON.stringify(reading) === last) return reading
    last = JSON.stringify(reading)
  }
  throw new Error('the slides kept changing size for 3 s')
}

/** One reading of {@link measure}. */
function measureOnce(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const spills: Spill[] = []
    const collisions: number[] = []
    /** Boxes of what is drawn: each text run and each image under `root`. */
    const inked = (root: Element, skip: (element: Element) => boolean = () => false): DOMRect[] => {
      const rects: DOMRect[] = []
      // Skipped elements are rejected with everything inside them.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          node instanceof Element && skip(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      })
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.matches('img, svg')) rects.push(node.getBoundingClientRect())
        } else if ((node.textContent ?? '').trim()) {
          const range = document.createRange()
          range.selectNodeContents(node)
          rects.push(...range.getClientRects())
        }
      }
      return rects.filter((rect) => rect.width > 0 && rect.height > 0)
    }
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
    /** Whether the slide's own text or images run into its header or footer (see `collisions`). */
    const collides = (section: Element) => {
      const chrome = [...section.children].filter(
        (child) => child.localName === 'header' || child.localName === 'footer',
      )
      const band = section.getBoundingClientRect().height / 8
      const edges = chrome.flatMap((element) => {
        const box = element.getBoundingClientRect()
        return box.height > 0 && box.height <= band ? [box] : inked(element)
      })
      const content = inked(section, (element) => element.parentElement === section && chrome.includes(element))
      return content.some((rect) => edges.some((edge) => meet(rect, edge)))
    }
    const shrunk: number[] = []
    const pages = [...document.querySelectorAll('[data-lectern-print-page]')]
    pages.forEach((printPage, index) => {
      const slide = index + 1
      const box = printPage.querySelector('[data-lectern-slide]')!
      if (box.hasAttribute('data-lectern-shrunk')) shrunk.push(slide)
      const sections = [...box.children].filter(
        (child) =>
          child.localName === 'section' &&
          ['content', null].includes(child.getAttribute('data-marpit-advanced-background')),
      )
      for (const section of sections) {
        const frame = section.getBoundingClientRect()
        const visit = (element: Element) => {
          const rect = element.getBoundingClientRect()
          // Empty elements show nothing (seed slide 7 ends with the empty list item of `- # Heading`, as in Marp).
          const empty =
            !(element.textContent ?? '').trim() &&
            !element.matches('img, svg, video, canvas, iframe, object, :has(img, svg, video, canvas, iframe, object)')
          if (rect.width > 0 && rect.height > 0 && !empty) {
            const outside =
              rect.left < frame.left - 1 ||
              rect.top < frame.top - 1 ||
              rect.right > frame.right + 1 ||
              rect.bottom > frame.bottom + 1
            if (outside) {
              const name = `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`
              spills.push({
                slide,
                element: `${name} “${(element.textContent ?? '').trim().slice(0, 30)}”`,
                box: [
                  rect.left - frame.left,
                  rect.top - frame.top,
                  rect.right - frame.left,
                  rect.bottom - frame.top,
                ].map(Math.round) as Spill['box'],
              })
            }
          }
          // What an ancestor clips cannot be seen outside it.
          const overflow = getComputedStyle(element)
          if (overflow.overflowX !== 'visible' || overflow.overflowY !== 'visible') return
          for (const child of element.children) visit(child)
        }
        for (const child of section.children)
          if (child.localName !== 'header' && child.localName !== 'footer') visit(child)
        if (collides(section)) collisions.push(slide)
      }
    })
    return { spills, shrunk, collisions }
  })
}

/** Serve the shared demo deck (and fail remote images at once: this machine has no network). */
async function serveDecks(page: Page) {
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => route.abort(),
  )
  await page.route(
    (url) => url.pathname.startsWith('/__overflow/'),
    (route) =>
      route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: readFileSync(demoPath, 'utf8') }),
  )
}

/** Slides with a spill, in order, without repeats. */
const slidesOf = (spills: Spill[]) => [...new Set(spills.map((spill) => spill.slide))]

test.describe('the overflow guard on the seed, demo and tour decks', () => {
  for (const { name, deck, slides, file } of decks) {
    test(`${name}: with the guard on, no content leaves its slide; with it off, only slides the guard shrinks overflow`, async ({
      page,
    }) => {
      test.skip(!!file && !existsSync(file), `${name} is not in ../shared/decks`)
      test.setTimeout(120_000)
      await serveDecks(page)

      await openPrint(page, `/?deck=${deck}&print=1&fit=0`, slides)
      const off = await measure(page)
      await openPrint(page, `/?deck=${deck}&print=1`, slides)
      const on = await measure(page)

      const report =
        `${name}: ${slidesOf(off.spills).length} of ${slides} slides overflow with the guard off (${slidesOf(off.spills).join(', ') || 'none'}), ` +
        `${off.collisions.length} run into the header or footer (${off.collisions.join(', ') || 'none'}); the guard shrinks ${on.shrunk.length} (${on.shrunk.join(', ') || 'none'})`
      const details = off.spills
        .map((spill) => `  slide ${spill.slide}: ${spill.element} at ${spill.box.join(',')}`)
        .slice(0, 20)
      test.info().annotations.push({ type: 'overflow', description: [report, ...details].join('\n') })
      console.log([report, ...details].join('\n'))

      expect(on.spills, 'elements outside their slide with the guard on').toEqual([])
      for (const slide of slidesOf(off.spills))
        expect(on.shrunk, `slide ${slide} overflows, so the guard shrinks it`).toContain(slide)
      expect(off.shrunk, 'nothing is shrunk with the guard off').toEqual([])
      // And the guard leaves alone a slide that fits: inside its box, clear of the header's and footer's text and images.
      const needed = new Set([...slidesOf(off.spills), ...off.collisions])
      expect(
        on.shrunk.filter((slide) => !needed.has(slide)),
        'slides shrunk although they fit',
      ).toEqual([])
    })
  }
})
