/**
 * The PDF exporter's server (scripts/pdf.ts): the built app, the deck's
 * folder beside it, and the deck prepared and signed for the page.
 */
import { createHmac } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { signatureHeader } from '../src/load/signature.ts'
import { fileHeaders } from './csp.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/** A file under `base` for a URL path, or null (no escaping the folder). */
function fileUnder(base: string, urlPath: string): string | null {
  const path = resolve(base, '.' + decodeURIComponent(urlPath))
  if (path !== base && !path.startsWith(base + sep)) return null
  return existsSync(path) && statSync(path).isFile() ? path : null
}

/** Where the page finds the deck, prepared (see `prepared` in src/load/from-url.ts). */
export const preparedUrl = '/__deck/__prepared.json'

/**
 * Serve `dist/` at `/`, the deck's folder at `/__deck/` (its images), and the
 * deck prepared (once it is), signed with `key`: the page renders prepared
 * trees as they are, so it takes them only with a signature made with the key
 * this export gave it (see `exportKeyScript`).
 */
export function serveDeck(dist: string, deckPath: string, prepared: Promise<string>, key: Buffer): Promise<Server> {
  const deckDir = dirname(deckPath)
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    if (pathname === preparedUrl) {
      const body = await prepared.catch(() => null)
      if (body === null) response.writeHead(500).end()
      else {
        const signature = createHmac('sha256', key).update(body).digest('base64')
        response
          .writeHead(200, {
            'content-type': types['.json']!,
            'cache-control': 'no-store',
            [signatureHeader]: signature,
          })
          .end(body)
      }
      return
    }
    const file =
      // No service worker: it would precache the whole app while the PDF is made.
      pathname === '/sw.js' || pathname === '/registerSW.js'
        ? null
        : pathname === '/'
          ? join(dist, 'index.html')
          : pathname.startsWith('/__deck/')
            ? fileUnder(deckDir, pathname.slice('/__deck'.length))
            : fileUnder(dist, pathname)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream'
    // The deck's files are images to the page: one opened alone (an SVG) runs nothing (scripts/csp.ts).
    response
      .writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...fileHeaders(file === join(dist, 'index.html') ? '/' : file),
      })
      .end(readFileSync(file))
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}
