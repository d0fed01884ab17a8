/**
 * A deck's CSS styles its own slides and nothing else: the escape corpus
 * (src/themes/escapes.fixtures.ts) in a deck's `<style>`, `<style scoped>`
 * and `style:` directive changes the computed style of no element outside
 * the slides (audience view, start screen, presenter view, print view),
 * reads nothing of the page (no request to `/leak/…`), and leaves the printed
 * pages at the slide's size.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { escapeAttempts } from '../src/themes/escapes.fixtures.ts'
import { expect, test } from './fixtures.ts'
import { currentSlide, dropFiles } from './open-fixtures.ts'
import { PresenterView } from './presenter-fixtures.ts'
import { pdfInfo, pdfOf } from './print-fixtures.ts'

const deckPath = '/e2e/decks/generated/attack-css.md'
const corpus = escapeAttempts.map((attempt) => attempt.css).join('\n')
const directive = escapeAttempts
  .filter((attempt) => attempt.yaml !== false)
  .map((attempt) => attempt.css)
  .join('\n')
  .replace(/^/gm, '  ')

/** The corpus three ways; nothing on the slides is Greek (the other deck's title is). */
const attackDeck = `---
title: Attack deck
style: |
${directive}
---

# Global styles

<style>
${corpus}
</style>

Some text, a [link](#2) and a list:

- one
- two

<!-- Notes of the first slide -->

---

# Scoped styles

<style scoped>
${corpus}
</style>

<!-- Notes of the second slide -->

---

# Last slide

Plain text.
`

/** A deck whose title only the start screen shows: the letters a `unicode-range` would spy on. */
const otherDeck = '---\ntitle: Σχέδιο μυστικό\n---\n\n# Άλλη\n'

/** The properties compared, on each element outside the slides and its `::before`/`::after`. */
const properties = [
  'display',
  'visibility',
  'opacity',
  'color',
  'background-color',
  'background-image',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'word-spacing',
  'text-decoration-line',
  'text-shadow',
  'transform',
  'filter',
  'outline-style',
  'outline-color',
  'border-top-color',
  'cursor',
  'position',
  'z-index',
  'width',
  'height',
  'content',
  'clip-path',
  'pointer-events',
]

/** Serve the attack deck and record what asks for `/leak/…`. */
async function serve(context: BrowserContext): Promise<string[]> {
  const leaks: string[] = []
  await context.route(
    (url) => url.pathname === deckPath,
    (route) => route.fulfill({ contentType: 'text/markdown; charset=utf-8', body: attackDeck }),
  )
  await context.route(
    (url) => url.pathname.startsWith('/leak/'),
    (route) => {
      leaks.push(new URL(route.request().url()).pathname)
      return route.fulfill({ status: 404, body: '' })
    },
  )
  return leaks
}

/**
 * Elements outside the slides whose computed style differs with the deck's
 * style sheets on and off (transitions frozen, both read in one task).
 */
function restyledOutside(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const freeze = document.createElement('style')
    freeze.textContent = '*, *::before, *::after { transition: none !important; animation: none !important }'
    document.head.append(freeze)
    const sheets = [...document.querySelectorAll<HTMLStyleElement>('style[data-lectern-deck-style]')].map(
      (style) => style.sheet!,
    )
    const elements = [...document.querySelectorAll('*')].filter(
      (element) => element !== freeze && !element.closest('[data-lectern-slide]'),
    )
    const pseudos = [null, '::before', '::after'] as const
    const read = () =>
      elements.flatMap((element) =>
        pseudos.map((pseudo) => {
          const style = getComputedStyle(element, pseudo)
          return names.map((name) => style.getPropertyValue(name))
        }),
      )
    for (const sheet of sheets) sheet.disabled = true
    const before = read()
    for (const sheet of sheets) sheet.disabled = false
    const after = read()
    freeze.remove()
    const changed: string[] = []
    after.forEach((values, index) => {
      const was = before[index]!
      const props = names.filter((_, at) => values[at] !== was[at])
      if (props.length === 0) return
      const element = elements[Math.floor(index / 3)]!
      const what = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`
      changed.push(
        `${what}${pseudos[index % 3] ?? ''}: ${props.map((p) => `${p} ${was[names.indexOf(p)]} → ${values[names.indexOf(p)]}`).join(', ')}`,
      )
    })
    return changed
  }, properties)
}

/** Rules of the deck's style sheets, as Chromium parsed them, that are not a style rule starting at the deck's slides. */
function rulesOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const selectors = (text: string) => {
      const list: string[] = []
      let depth = 0
      let start = 0
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '(') depth++
        else if (text[i] === ')') depth--
        else if (text[i] === ',' && depth === 0) {
          list.push(text.slice(start, i).trim())
          start = i + 1
        }
      }
      return [...list, text.slice(start).trim()]
    }
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const selector of selectors(rule.selectorText))
            if (!selector.startsWith('[data-lectern-deck] ')) found.push(`selector ${selector}`)
          if (rule.cssRules.length > 0) found.push(`nested in ${rule.selectorText}`)
        } else if (rule instanceof CSSImportRule) {
          if (!/^https:\/\/fonts\.(?:googleapis\.com|bunny\.net)\//.test(rule.href)) found.push(`@import ${rule.href}`)
        } else if (rule instanceof CSSKeyframesRule || rule instanceof CSSFontFaceRule) {
          continue
        } else if (rule.constructor.name === 'CSSNestedDeclarations') {
          found.push(`declarations ${rule.cssText}`)
        } else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) {
          walk(rule.cssRules)
        } else if (!(rule instanceof CSSPropertyRule || rule instanceof CSSLayerStatementRule)) {
          found.push(`${rule.constructor.name} ${rule.cssText.slice(0, 60)}`)
        }
      }
    }
    for (const style of document.querySelectorAll<HTMLStyleElement>('style[data-lectern-deck-style]'))
      walk(style.sheet!.cssRules)
    return found
  })
}

/** Give fonts and images a moment to be asked for: a leak is a request. */
async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => setTimeout(done, 500))))
}

test.describe('a deck’s CSS stays in its slides', () => {
  test.describe.configure({ timeout: 120_000 })

  test('audience view and overview: nothing outside the slides changes, nothing is read, the controls stay on top', async ({
    page,
    context,
    audience,
    overview,
  }) => {
    const leaks = await serve(context)
    await audience.openDeck(deckPath)
    for (const n of [1, 2, 3]) {
      await audience.expectSlide(n, 3)
      await settle(page)
      expect(await rulesOutside(page)).toEqual([])
      expect(await restyledOutside(page), `slide ${n}`).toEqual([])
      await audience.press('ArrowRight')
    }
    await audience.press('Home')
    // The overview's thumbnails are slides too; its buttons and labels are the app's.
    await overview.open()
    await expect(overview.thumbnails).toHaveCount(3)
    expect(await restyledOutside(page)).toEqual([])
    await overview.closeButton.click()
    await expect(overview.dialog).toBeHidden()
    // A `position: fixed` overlay stays in the slide's box: the control bar is still what is under the pointer.
    await page.mouse.move(640, 360)
    const box = (await audience.nextButton.boundingBox())!
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('nav')?.getAttribute('aria-label') ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    )
    expect(hit).toBe('Presentation controls')
    expect(leaks).toEqual([])
  })

  test('start screen: another deck’s title in the recent list is neither restyled nor read', async ({
    page,
    context,
  }) => {
    const leaks = await serve(context)
    await page.goto('./')
    await expect(currentSlide(page)).toBeVisible()
    await dropFiles(page, [{ name: 'other.md', text: otherDeck, type: 'text/markdown' }])
    await expect(currentSlide(page)).toContainText('Άλλη', { timeout: 20_000 })
    await dropFiles(page, [{ name: 'attack.md', text: attackDeck, type: 'text/markdown' }])
    await expect(currentSlide(page)).toContainText('Global styles')
    await page.getByRole('button', { name: 'Open…' }).click()
    const start = page.getByRole('dialog', { name: 'Open a deck' })
    await expect(start.getByRole('region', { name: 'Recent decks' })).toContainText('Σχέδιο μυστικό')
    await settle(page)
    expect(await restyledOutside(page)).toEqual([])
    expect(leaks).toEqual([])
  })

  test('presenter view: the notes and the view’s own parts are untouched', async ({ context }) => {
    const leaks = await serve(context)
    const page = await context.newPage()
    await page.goto(`/?deck=${deckPath}&view=presenter`)
    const view = new PresenterView(page)
    // The presenter view's first load compiles its modules on the dev server: slow on a busy machine.
    await expect(view.counter).toHaveText('Slide 1 / 3', { timeout: 30_000 })
    await expect(view.notes).toContainText('Notes of the first slide')
    await page.keyboard.press('ArrowRight')
    await expect(view.notes).toContainText('Notes of the second slide')
    await settle(page)
    expect(await rulesOutside(page)).toEqual([])
    expect(await restyledOutside(page)).toEqual([])
    expect(leaks).toEqual([])
  })

  test('print view: the handout’s notes are untouched and the pages keep the slide’s size', async ({
    page,
    context,
  }) => {
    const leaks = await serve(context)
    await page.emulateMedia({ media: 'print' })
    await page.goto(`/?deck=${deckPath}&print=1&handout=slides-notes`)
    await expect(page.locator('[data-lectern-print] [data-ready] [data-lectern-print-page]')).toHaveCount(3, {
      timeout: 20_000,
    })
    await expect(page.locator('[data-lectern-print]')).toContainText('Notes of the second slide')
    await settle(page)
    expect(await restyledOutside(page)).toEqual([])
    const info = pdfInfo(await pdfOf(page))
    // 1280 × 1440 px (slide and notes) is 960 × 1080 pt: no deck `@page` resized or blanked them.
    expect([info.pages, info.width, info.height]).toEqual([3, 960, 1080])
    expect(leaks).toEqual([])
  })
})
