/**
 * The end-to-end tests' decks under `vite preview`: with `LECTERN_E2E=1`,
 * the preview server also serves `/e2e/…` and `/decks/…` from the project,
 * read at each request (tests write decks while they run), as the dev server
 * does. Never part of a real deployment: the variable is set only by
 * playwright.config.ts.
 */
import { realpathSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { fileUnder, sendFile } from '../server/files.ts'

const folders = ['e2e', 'decks']

export function e2eFiles(): Plugin {
  return {
    name: 'lectern:e2e-files',
    apply: () => process.env.LECTERN_E2E === '1',
    configurePreviewServer(server) {
      const roots = folders.map((folder) => ({
        mount: `/${folder}/`,
        root: realpathSync(join(server.config.root, folder)),
      }))
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname
        const folder = roots.find(({ mount }) => path.startsWith(mount))
        if (!folder) return next()
        void fileUnder(folder.root, path.slice(folder.mount.length - 1)).then((file) =>
          file ? sendFile(request, response, file, { 'cache-control': 'no-store' }) : next(),
        )
      })
    },
  }
}
