/**
 * The end-to-end tests' decks under `vite preview`: with `LECTERN_E2E=1`,
 * the preview server also serves `/e2e/…` and `/decks/…` from the project,
 * read at each request (tests write decks while they run), as the dev server
 * does. Never part of a real deployment: the variable is set only by
 * playwright.config.ts.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { lookup } from 'mrmime'
import type { Plugin } from 'vite'

const folders = ['/e2e/', '/decks/']

export function e2eFiles(): Plugin {
  return {
    name: 'lectern:e2e-files',
    apply: () => process.env.LECTERN_E2E === '1',
    configurePreviewServer(server) {
      const root = server.config.root
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
        if (!folders.some((folder) => path.startsWith(folder))) return next()
        const file = resolve(join(root, path))
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next()
        response.setHeader('content-type', lookup(file) ?? 'application/octet-stream')
        response.setHeader('cache-control', 'no-store')
        createReadStream(file).pipe(response)
      })
    },
  }
}
