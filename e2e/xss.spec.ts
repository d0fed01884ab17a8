import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/** The hostile deck: one marker `XSS-NN` per slide, in its heading, in slide order. */
const deckPath = '/e2e/decks/xss.md'
const markers = [...readFileSync(new URL('./decks/xss.md', import.meta.url), 'utf8').matchAll(/^## (XSS-\d+)/gm)].map(
  (match) => match[1]!,
)

/** Anything in the deck container that could act: script-bearing elements, handlers, script URLs. */
function findActiveContent(page: Page) {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.querySelector('[data-lectern-deck]')
    if (!root) return ['no deck container']
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase()
      if (
        /^(script|iframe|object|embed|form|input|button|base|meta|link|svg|template|noscript|textarea|marquee)$/.test(
          tag,
        )
      ) {
        // Math and diagrams are drawn by our own stages, after sanitising: their SVG is expected.
        if (!element.closest('.katex, mjx-container, svg[data-marp-mermaid]')) found.push(`<${tag}>`)
      }
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? ''
        if (/^on/i.test(attribute)) found.push(`${tag}[${attribute}]`)
        const url = value.replace(/[\u0000-\u0020]/g, '')
        const urlAttribute = /^(href|xlink:href|src|srcset|srcdoc|action|formaction|poster|data|background)$/i.test(
          attribute,
        )
        if (urlAttribute && /^(javascript|vbscript|data:text)/i.test(url)) found.push(`${tag}[${attribute}=${value}]`)
        if (attribute === 'style' && /javascript|expression\(|position:\s*fixed/i.test(value))
          found.push(`${tag}[style=${value}]`)
      }
    }
    return found
  })
}

test.describe('hostile decks', () => {
  test('no vector of the XSS deck runs, opens a dialog or leaves the page, and every marker shows', async ({
    audience,
    page,
  }) => {
    test.setTimeout(120_000)
    expect(markers).toHaveLength(36)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    const popups: string[] = []
    page.on('popup', (popup) => popups.push(popup.url()))
    const documents: string[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documents.push(frame.url().replace(/#.*$/, ''))
    })
    // Nothing leaves the machine: a vector that reaches the network fails here too.
    const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
    const outside: string[] = []
    await page.route(
      (url) => url.origin !== origin,
      (route) => {
        outside.push(route.request().url())
        return route.abort()
      },
    )

    await audience.openDeck(deckPath)
    const page0 = page.url().replace(/#.*$/, '')
    const total = markers.length

    for (const [index, marker] of markers.entries()) {
      const n = index + 1
      await test.step(`slide ${n}: ${marker}`, async () => {
        await audience.expectSlide(n, total)
        const slide = audience.currentSlide
        await expect(slide.getByRole('heading', { name: new RegExp(`^${marker}\\b`) })).toBeVisible()
        // The app's own controls stay visible and clickable (no overlay, no hiding CSS).
        await expect(audience.controls).toBeVisible()
        await audience.overviewButton.click({ trial: true })

        for (const link of await slide.getByText('click-me', { exact: true }).all()) {
          if ((await link.getAttribute('href'))?.startsWith('#')) continue // an in-deck link, followed below
          // A hostile style may stack elements over it: then the link's own click is what counts.
          await link.click({ timeout: 2000 }).catch(() => link.dispatchEvent('click'))
        }
        expect(await findActiveContent(page)).toEqual([])
        expect(
          await page.evaluate(() => [
            typeof (window as never as Record<string, unknown>).__xss,
            typeof (document as never as Record<string, unknown>).__xss,
          ]),
        ).toEqual(['undefined', 'undefined'])
        expect(dialogs).toEqual([])
        expect(popups).toEqual([])
        expect(page.url().replace(/#.*$/, '')).toBe(page0)
      })
      if (n < total) await audience.press('ArrowRight')
    }

    await test.step('header, footer and spot header show their text', async () => {
      await audience.openDeck(deckPath, '#29')
      await expect(audience.currentSlide.getByText('XSS-29 spot header')).toBeVisible()
      await expect(audience.currentSlide.getByText('XSS-29 footer')).toBeVisible()
      await audience.press('ArrowLeft')
      await expect(audience.currentSlide.getByText('XSS header')).toBeVisible()
      await expect(audience.currentSlide.getByText('XSS footer')).toBeVisible()
    })

    await test.step('an in-deck link still works, without its handler', async () => {
      await audience.openDeck(deckPath, '#36')
      const link = audience.currentSlide.locator('a[href="#1"]')
      await link.hover()
      await link.click()
      await audience.expectSlide(1, total)
    })

    expect(await page.evaluate(() => typeof (window as never as Record<string, unknown>).__xss)).toBe('undefined')
    expect(dialogs).toEqual([])
    expect(popups).toEqual([])
    expect(new Set(documents)).toEqual(new Set([page0]))
    // Only images and media may try to load from elsewhere; never a page or a script.
    for (const url of outside) expect(url).not.toMatch(/^(javascript|vbscript|data:text)/i)
  })
})
