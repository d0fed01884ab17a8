/**
 * The built app as an installable web app that opens offline after the
 * first visit: a web manifest and a service worker (Workbox, through
 * vite-plugin-pwa) that precaches the app shell, the bundled decks (they are
 * in the JavaScript), the lazy chunks (engine, KaTeX, highlight.js) and the
 * woff2 fonts (of LXGW WenKai, only the parts the bundled decks' text needs:
 * scripts/font-parts.ts), the Twemoji pictures the bundled decks show
 * (scripts/vite-twemoji.ts), and keeps a copy of decks, images and fonts it has
 * fetched.
 *
 * Everything is relative (`./`), so the site works from any sub-path. The
 * service worker exists only in `vite build`: the dev server and the tests
 * that run against it never see one.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { VitePWA } from 'vite-plugin-pwa'
import { isUnneededPart, neededParts } from './font-parts.ts'
import { isUnneededTwemoji, neededTwemoji } from './vite-twemoji.ts'

/** The app's colour in the manifest and the browser's title bar. */
export const themeColor = '#1d3557'

/** The bundled decks' Markdown (`decks/*.md`). */
function bundledDecks(): string[] {
  const folder = resolve(import.meta.dirname, '../decks')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
}

export function offlineApp() {
  const decks = bundledDecks()
  const fontParts = neededParts(decks)
  const twemoji = neededTwemoji(decks)
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    devOptions: { enabled: false },
    manifest: {
      name: 'Lectern',
      short_name: 'Lectern',
      description: 'Present Marp Markdown decks in the browser',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#000000',
      theme_color: themeColor,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // woff2 only: every browser that runs service workers takes woff2 first.
      globPatterns: ['**/*.{html,js,css,svg,png,jpg,jpeg,gif,webp,ico,woff2,md}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      manifestTransforms: [
        (entries) => ({
          manifest: entries.filter(
            (entry) => !isUnneededPart(entry.url, fontParts) && !isUnneededTwemoji(entry.url, twemoji),
          ),
          warnings: [],
        }),
      ],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit is served by the new worker at once, so decks it opens are kept for offline too.
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [
        {
          // Decks opened with ?deck=: fresh when online, the last copy offline.
          urlPattern: ({ url }) => /\.(md|markdown)$/i.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'lectern-decks', networkTimeoutSeconds: 3, expiration: { maxEntries: 100 } },
        },
        {
          // Deck images and anything else of this site not precached (older font formats).
          urlPattern: ({ request, sameOrigin }) => sameOrigin && ['image', 'font'].includes(request.destination),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'lectern-assets', expiration: { maxEntries: 300 } },
        },
      ],
    },
  })
}
