/**
 * Dropped files are never active content of Lectern's origin: an SVG image
 * of a dropped deck still shows, and opened alone in a tab (what "Open image
 * in new tab" does with its object URL) runs nothing; HTML and XML files
 * opened that way are plain text. And the page's Content Security Policy
 * forbids inline script, plugins and connections other than http(s).
 */
import type { BrowserContext } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { currentSlide, dropFiles } from './open-fixtures.ts'

/** Each payload reports by asking for `/pwned/…`, and renames its page. */
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 4 2"
  onload="fetch('/pwned/svg-onload'); document.title = 'PWNED'">
  <script>fetch('/pwned/svg-script?' + document.cookie); document.title = 'PWNED'</script>
  <rect width="4" height="2" fill="rgb(255, 0, 128)"/>
</svg>`
const html = `<!doctype html><title>x</title><script>fetch('/pwned/html'); document.title = 'PWNED'</script>`
const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
<body><script>fetch('/pwned/xml'); document.title = 'PWNED'</script></body></html>`

const deck = `# Dropped files

![picture](picture.svg) ![page](page.html) ![data](data.xml) ![odd](payload)
`

async function recordPwned(context: BrowserContext): Promise<string[]> {
  const pwned: string[] = []
  await context.route(
    (url) => url.pathname.startsWith('/pwned/'),
    (route) => {
      pwned.push(new URL(route.request().url()).pathname)
      return route.fulfill({ status: 204, body: '' })
    },
  )
  return pwned
}

test.describe('dropped files', () => {
  // Tabs opened one after another, on a dev server: slow on a busy machine.
  test.describe.configure({ timeout: 120_000 })

  test('a dropped SVG shows on the slide, and opened alone in a tab runs nothing; HTML and XML open as text', async ({
    page,
    context,
  }) => {
    const pwned = await recordPwned(context)
    await page.goto('./')
    await expect(currentSlide(page)).toBeVisible()
    await dropFiles(page, [
      { name: 'deck.md', text: deck, type: 'text/markdown' },
      { name: 'picture.svg', text: svg, type: 'image/svg+xml' },
      { name: 'page.html', text: html, type: 'text/html' },
      { name: 'data.xml', text: xhtml, type: 'application/xml' },
      { name: 'payload', text: html },
    ])
    const slide = currentSlide(page)
    await expect(slide.getByRole('heading', { name: 'Dropped files' })).toBeVisible({ timeout: 20_000 })

    // The picture is drawn, at its size.
    const picture = slide.getByRole('img', { name: 'picture' })
    await expect(picture).toHaveJSProperty('complete', true)
    expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([40, 20])

    for (const name of ['picture', 'page', 'data', 'odd']) {
      // An image that did not load is a box titled with its URL.
      const image = slide.getByRole('img', { name })
      const src = (await image.getAttribute('src')) ?? (await image.getAttribute('title'))
      expect(src, name).toMatch(/^blob:/)
      const tab = await context.newPage()
      await tab.goto(src!)
      await tab.waitForTimeout(300)
      expect(await tab.title(), name).not.toBe('PWNED')
      if (name !== 'picture') await expect(tab.locator('body'), name).toContainText('PWNED')
      await tab.close()
    }
    expect(pwned).toEqual([])
  })
})

test.describe('the page’s Content Security Policy', () => {
  test('forbids inline script, plugins, and connections other than http(s) and WebSocket', async ({ page }) => {
    await page.goto('./')
    await expect(currentSlide(page)).toBeVisible()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src 'self'(?: 'sha256-[\w+/=]+')*;/)
    expect(policy).toContain("object-src 'none'")
    const outcome = await page.evaluate(async () => {
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI.replace(/,.*$/, '')}`),
      )
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
      const object = document.createElement('embed')
      object.src = 'data:application/x-shockwave-flash,'
      document.body.append(object)
      const fetched = await fetch('data:text/plain,hi').then(
        () => 'fetched',
        () => 'refused',
      )
      const blobbed = await fetch(URL.createObjectURL(new Blob(['hi']))).then(
        () => 'fetched',
        () => 'refused',
      )
      await new Promise((done) => setTimeout(done, 300))
      return {
        inline: (window as { inlineRan?: boolean }).inlineRan ?? false,
        fetched,
        blobbed,
        // A policy both in a header and in the page reports each refusal twice.
        violations: [...new Set(violations)].sort(),
      }
    })
    expect(outcome).toEqual({
      inline: false,
      fetched: 'refused',
      blobbed: 'refused',
      violations: ['connect-src blob', 'connect-src data', 'object-src data', 'script-src-elem inline'],
    })
  })
})
