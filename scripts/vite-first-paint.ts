/**
 * The seed deck's first slide in the built index.html, so the page paints it
 * before its JavaScript has loaded (see src/app/first-paint.tsx, which renders
 * it; the app's first render replaces it).
 *
 * It is for the page the seed opens in only. A tiny blocking script in the
 * head (no inline script: the CSP forbids it) marks any other start — a
 * `?deck=`, `?view=`, another slide's `#N` — and CSS then hides the copy, so
 * such a page never flashes the seed's cover. The same script starts the
 * app's entry (fetched at once: the module script becomes a module preload)
 * only once the copy is painted.
 *
 * No font is preloaded for it: Chromium holds a page's rendering while a
 * preloaded font is still coming (up to 100 ms). Without the preloads the
 * copy is painted 140–340 ms sooner here; its CJK lines show in a fallback
 * face until LXGW WenKai swaps in (docs/performance.md).
 */
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { minifySync } from 'rolldown/experimental'
import type { Plugin } from 'vite'
import { createSsrServer } from './vite-ssr-server.ts'

const deckFile = resolve(import.meta.dirname, '../decks/seed-bert.md')
const startScript = 'first-paint.js'

/**
 * The head script, in a block so that its names stay out of the page's globals (it is a classic script).
 * The page's HTML holds the seed deck's first slide: hide it when the URL asks for something else; when
 * it shows, start the app's script only once that frame is painted (the browser would otherwise run the
 * script, loaded beside the stylesheet, before painting anything). Minified at build: it counts in the
 * page's first JavaScript.
 */
const start = `{
const other = location.search || (location.hash && location.hash !== '#1')
if (other) document.documentElement.dataset.lecternStart = 'other'
const startApp = () => {
  const entry = document.querySelector('link[data-lectern-entry]')
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = entry.href
  document.head.append(script)
}
if (other || document.visibilityState !== 'visible' || !window.PerformanceObserver) startApp()
else {
  // Once the slide's text is painted (or after a second at most), not at the next frame: that one can come
  // before the stylesheet has been applied.
  let started = false
  const once = () => {
    if (started) return
    started = true
    painted.disconnect()
    startApp()
  }
  const painted = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) once()
  })
  painted.observe({ type: 'paint', buffered: true })
  setTimeout(once, 1000)
}
}
`

const css =
  '.lectern-first-paint{position:fixed;inset:0;width:100%;height:100%}' +
  "[data-lectern-start='other'] .lectern-first-paint{display:none}"

async function markup(): Promise<string> {
  const server = await createSsrServer()
  try {
    const { preparedDeckJson } = (await server.ssrLoadModule('/src/render/preparer.ts')) as {
      preparedDeckJson(text: string): string
    }
    const { firstPaintMarkup } = (await server.ssrLoadModule('/src/app/first-paint.tsx')) as {
      firstPaintMarkup(json: string, sheet: string): Promise<string>
    }
    return await firstPaintMarkup(preparedDeckJson(await readFile(deckFile, 'utf8')), basename(deckFile, '.md'))
  } finally {
    await server.close()
  }
}

export function firstPaint(): Plugin {
  return {
    name: 'lectern:first-paint',
    apply: 'build',
    generateBundle() {
      const { code, errors } = minifySync(startScript, start)
      if (errors.length) throw new Error(`Unexpected error minifying the head script: ${errors[0]?.message}`)
      this.emitFile({ type: 'asset', fileName: startScript, source: code })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const root = '<div id="root"></div>'
        if (!html.includes(root)) throw new Error(`Unexpected index.html without ${root}, expected the app's root`)
        const slide = await markup()
        // The entry is fetched at once (a module preload) and run by the start script.
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
        if (!entry.test(html)) throw new Error("Unexpected index.html without the entry's module script")
        const page = html.replace(entry, '<link rel="modulepreload" crossorigin href="$1" data-lectern-entry>')
        return {
          html: page.replace(root, `<div id="root">${slide}</div>`),
          tags: [
            { tag: 'script', attrs: { src: `./${startScript}` }, injectTo: 'head' },
            { tag: 'style', children: css, injectTo: 'head' },
          ],
        }
      },
    },
  }
}
