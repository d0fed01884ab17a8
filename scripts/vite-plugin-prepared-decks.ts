/**
 * `import seed from '…/deck.md?prepared'`: a bundled deck parsed and
 * prepared for rendering when the app is built (or served), so the page
 * shows it without loading the engine or the HTML parser.
 *
 * The preparer is loaded through a Vite server, which understands the
 * project's imports (`?raw` theme CSS and all).
 */
import { readFile } from 'node:fs/promises'
import type { Plugin, ViteDevServer } from 'vite'
import { createSsrServer } from './vite-ssr-server.ts'

const suffix = '?prepared'

export function preparedDecks(): Plugin {
  let devServer: ViteDevServer | undefined
  return {
    name: 'lectern:prepared-decks',
    configureServer(server) {
      devServer = server
    },
    async load(id) {
      if (!id.endsWith(suffix)) return null
      const file = id.slice(0, -suffix.length)
      this.addWatchFile(file)
      const server = devServer ?? (await createSsrServer())
      try {
        const { preparedDeckJson } = (await server.ssrLoadModule('/src/render/preparer.ts')) as {
          preparedDeckJson(text: string): string
        }
        const json = preparedDeckJson(await readFile(file, 'utf8'))
        return `export default JSON.parse(${JSON.stringify(json)})`
      } finally {
        if (!devServer) await server.close()
      }
    },
  }
}
