/**
 * Live reload of decks under the dev server: when a Markdown file under the
 * project changes on disk (`decks/*.md`, a deck opened with
 * `?deck=/path/deck.md`, a test's deck), the page gets a custom HMR event,
 * `lectern:deck-changed` with the file's URL path, and re-reads the deck
 * itself (src/load/live-reload.ts), keeping its slide.
 *
 * Decks are also modules here (bundled decks imported `?prepared` or
 * `?raw`). Their update is not left to Vite: it would find no HMR boundary
 * and reload the page, losing the slide. The modules are invalidated (a
 * later page load gets the new text) and nothing else is sent.
 */
import { relative, sep } from 'node:path'
import type { Plugin } from 'vite'

/** The custom HMR event, with `{ path }`: the changed file's URL path from the server root (`/decks/a.md`). */
export const deckChangedEvent = 'lectern:deck-changed'

const deckFile = /\.(md|markdown)$/i

export function liveDecks(): Plugin {
  let root = process.cwd()
  return {
    name: 'lectern:live-decks',
    apply: 'serve',
    configResolved(config) {
      root = config.root
    },
    hotUpdate({ type, file, modules, timestamp }) {
      if (this.environment.name !== 'client' || type !== 'update' || !deckFile.test(file)) return
      const path = relative(root, file)
      if (path.startsWith('..') || path.split(sep).includes('node_modules')) return
      for (const module of modules) this.environment.moduleGraph.invalidateModule(module, new Set(), timestamp, true)
      this.environment.hot.send({
        type: 'custom',
        event: deckChangedEvent,
        data: { path: `/${path.split(sep).join('/')}` },
      })
      return []
    },
  }
}
