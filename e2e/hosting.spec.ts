/**
 * The built site, as GitHub Pages would host it: served from a sub-path, it
 * opens and presents, and after the first visit it opens offline (service
 * worker). Uses `dist/` when it is newer than the sources, else builds it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { expect, test } from '@playwright/test'
import { ensureBuilt } from '../scripts/pdf.mjs'
import { audienceCounter, audienceSlide } from './presenter-fixtures.ts'

// This spec is about the service worker, which the other specs block.
test.use({ serviceWorkers: 'allow' })

const dist = join(process.cwd(), 'dist')
const subPath = '/some/sub/path/'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** A static server of `dist/` under {@link subPath} only; anything else is a 404, as on a shared host. */
function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    if (!path.startsWith(subPath)) return void response.writeHead(404).end()
    const file = resolve(dist, `./${decodeURIComponent(path.slice(subPath.length)) || 'index.html'}`)
    if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile())
      return void response.writeHead(404).end()
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file))
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

let server: Server
let site = ''

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ensureBuilt()
  server = await serveDist()
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${subPath}`
})

test.afterAll(() => {
  server?.close()
  server?.closeAllConnections()
})

test('the build opens and presents from a sub-path, and again offline after the first visit', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto(site)
  await expect(audienceSlide(page)).toBeVisible()
  await expect(audienceCounter(page)).toHaveText(/^1 \/ \d+$/)
  await page.keyboard.press('ArrowRight')
  await expect(audienceCounter(page)).toHaveText(/^2 \/ \d+$/)

  // The manifest makes it installable: name, theme colour, icons that load.
  const manifest = await (await page.request.get(new URL('manifest.webmanifest', site).href)).json()
  expect(manifest).toMatchObject({ name: 'Lectern', start_url: './', display: 'standalone' })
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, site).href)).status()).toBe(200)

  // The service worker has installed (precached) and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })

  await context.setOffline(true)
  await page.goto(`${site}#2`)
  await expect(audienceSlide(page)).toBeVisible()
  await expect(audienceCounter(page)).toHaveText(/^2 \/ \d+$/)
  await page.keyboard.press('ArrowRight')
  await expect(audienceCounter(page)).toHaveText(/^3 \/ \d+$/)
  // The parts of the bundled CJK face its text needs (the table and navbar of slide 3 among them,
  // never shown online here) come from the precache: every part asked for loaded.
  const kai = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((face) => face.family.includes('LXGW WenKai')).map((face) => face.status)
  })
  expect(kai).toContain('loaded')
  expect(kai).not.toContain('error')
  // So do the seed's Twemoji pictures, on a slide never shown online (one that failed would be its character).
  await page.goto(`${site}#11`)
  const emoji = audienceSlide(page).locator('h1 img[alt="💡"]')
  await expect
    .poll(() => emoji.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true)

  // A deck that needs the lazily loaded engine (a bundled deck opened by name) opens offline too.
  await page.goto(`${site}?bundled=awesome-tour.md`)
  await expect(audienceSlide(page)).toBeVisible()
  await expect(page.getByText(/could not|failed/i)).toHaveCount(0)
  await context.setOffline(false)
})
