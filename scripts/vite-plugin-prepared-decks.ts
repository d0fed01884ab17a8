/**
 * `import seed from '…/deck.md?prepared'`: a bundled deck parsed and
 * prepared for rendering when the app is built (or served), so the page
 * shows it without loading the engine or the HTML parser.
 *
 * The deck's CSS (its theme's and its own, scoped) is not in the module: it
 * goes to the page's stylesheet through an imported `.prepared.css` module,
 * under `[data-lectern-deck="NAME"]`, so the first slide is styled at first
 * paint and the page's first JavaScript does not carry it as a string.
 *
 * `?prepared-head` is the same deck cut to its first slides (`complete:
 * false`) and `?prepared-tail` the rest of its slides: the page's first
 * JavaScript carries the head, and loads the tail with `import()` beside the
 * first render (src/app/seed-deck.ts).
 *
 * The preparer is loaded through a Vite server, which understands the
 * project's imports (`?raw` theme CSS and all).
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { createSsrServer } from './vite-ssr-server.ts'

const suffix = '?prepared'
const headSuffix = '?prepared-head'
const tailSuffix = '?prepared-tail'
/** How many slides `?prepared-head` has: the first (a key pressed before the rest is in waits for it). */
export const headSlides = 1
/** The deck's stylesheet: `deck.md.prepared.css` (a module of this plugin's, not a file). */
const sheetSuffix = '.prepared.css'

/** The deck's scoped CSS, for a container that names the deck (same specificity as `[data-lectern-deck]`). */
export function sheetCss(css: string, sheet: string): string {
  return css.replaceAll('[data-lectern-deck]', `[data-lectern-deck="${sheet}"]`)
}

/** What `preparedDeckJson` makes: the deck and what rendering needs of it. */
interface Whole {
  deck: { slides: unknown[]; complete: boolean }
  prepared: { css: string; slides: unknown[] }
}

async function prepare(text: string, devServer: ViteDevServer | undefined): Promise<Whole> {
  const server = devServer ?? (await createSsrServer())
  try {
    const { preparedDeckJson } = (await server.ssrLoadModule('/src/render/preparer.ts')) as {
      preparedDeckJson(text: string): string
    }
    return JSON.parse(preparedDeckJson(text)) as Whole
  } finally {
    if (!devServer) await server.close()
  }
}

export function preparedDecks(): Plugin {
  let devServer: ViteDevServer | undefined
  // The module and its stylesheet come from one preparing of the deck's text.
  const prepared = new Map<string, Promise<Whole>>()
  const prepareFile = async (file: string) => {
    const text = await readFile(file, 'utf8')
    let whole = prepared.get(text)
    if (!whole) prepared.set(text, (whole = prepare(text, devServer)))
    return whole
  }
  return {
    name: 'lectern:prepared-decks',
    configureServer(server) {
      devServer = server
    },
    resolveId(id) {
      return id.endsWith(sheetSuffix) ? id : null
    },
    async load(id) {
      if (id.endsWith(sheetSuffix)) {
        const file = id.slice(0, -sheetSuffix.length)
        this.addWatchFile(file)
        return sheetCss((await prepareFile(file)).prepared.css, basename(file, '.md'))
      }
      const part = [suffix, headSuffix, tailSuffix].find((end) => id.endsWith(end))
      if (!part) return null
      const file = id.slice(0, -part.length)
      this.addWatchFile(file)
      const { deck, prepared } = await prepareFile(file)
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`
      if (part === tailSuffix)
        return `export default ${json({ slides: deck.slides.slice(headSlides), prepared: prepared.slides.slice(headSlides) })}`
      const whole = { deck, prepared: { ...prepared, css: '', sheet: basename(file, '.md') } }
      const head =
        part === headSuffix
          ? {
              deck: { ...deck, slides: deck.slides.slice(0, headSlides), complete: deck.slides.length <= headSlides },
              prepared: { ...whole.prepared, slides: prepared.slides.slice(0, headSlides) },
            }
          : whole
      return `import ${JSON.stringify(file + sheetSuffix)}\nexport default ${json(head)}`
    },
  }
}
