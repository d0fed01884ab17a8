/**
 * The HTTP server of `lectern` and `lectern relay`: the relay (Socket.IO,
 * `/socket.io/`) and its counters (`/__lectern/relay`), and for `lectern`
 * also the built app (`/`, with a `lectern-server` meta element telling the
 * page what this server offers), the deck's folder (`/__deck/…`, nothing
 * else of the disk) and the live-reload stream (`/__lectern/events`).
 * Sessions are shared through Redis when a URL is given.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ServerInfo } from '../src/relay/server-info.ts'
import { serverInfoMeta } from '../src/relay/server-info.ts'
import { fileUnder, sendFile } from './files.ts'
import { liveReload, type LiveReload } from './live-reload.ts'
import { hostAllowed, lanUrls, listen } from './network.ts'
import type { RedisLink } from './relay/redis.ts'
import { attachRelay, type OriginPolicy, type Relay } from './relay/relay.ts'

/** Where the deck's folder is served. */
export const deckMount = '/__deck/'
/** The live-reload event stream. */
export const eventsPath = '/__lectern/events'
/** The relay's counters (JSON). */
export const statsPath = '/__lectern/relay'

/** The app and the folder a `lectern` server serves. */
export interface Site {
  /** The built app's folder (real path). */
  app: string
  /** The deck's folder (real path). */
  deckRoot: string
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  host: string
  port: number
  /** The app and the deck's folder; without them, a relay alone. */
  site?: Site
  origins: OriginPolicy
  /** Share sessions through this Redis. */
  redisUrl?: string
  log?: (line: string) => void
}

/** A listening server. */
export interface RunningServer {
  port: number
  /** Base URLs for other devices (see `lanUrls`). */
  lan: string[]
  relay: Relay
  close(): Promise<void>
}

/** Headers on every answer. */
const baseHeaders = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }
/**
 * Headers on the deck's files: a page or SVG in the folder, opened from a
 * slide's link, runs sandboxed (no script, no access to the app's storage),
 * and other sites cannot embed the files.
 */
const deckHeaders = { 'content-security-policy': 'sandbox', 'cross-origin-resource-policy': 'same-origin' }

/** Start serving; fails with a one-line `CliError` (port in use, Redis unreachable…). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { site, host, log = () => {} } = options
  // Redis's client loads only when a URL is given.
  const redis: RedisLink | null = options.redisUrl
    ? await (await import('./relay/redis.ts')).connectRedis(options.redisUrl, { log })
    : null
  const live: LiveReload | null = site ? liveReload({ root: site.deckRoot, mount: deckMount, log }) : null
  let lan: string[] = []

  const http = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, baseHeaders).end()
      else response.destroy()
    })
  })

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request.headers.host, host)) {
      response.writeHead(403, { ...baseHeaders, 'content-type': 'text/plain' }).end('This host name is not allowed.\n')
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...baseHeaders, allow: 'GET, HEAD' }).end()
      return
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    const notFound = () => response.writeHead(404, baseHeaders).end()
    if (pathname === statsPath) {
      response
        .writeHead(200, { ...baseHeaders, 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(relay.stats()))
      return
    }
    if (!site || !live) {
      if (pathname !== '/') return notFound()
      response
        .writeHead(200, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' })
        .end('A Lectern relay. Present with ?relay=<this address> in the app’s URL.\n')
      return
    }
    if (pathname === eventsPath) return live.stream(request, response)
    if (pathname.startsWith(deckMount)) {
      const file = await fileUnder(site.deckRoot, pathname.slice(deckMount.length))
      if (!file) return notFound()
      if (/\.(md|markdown)$/i.test(file)) live.watchFileFolder(file)
      return sendFile(request, response, file, { ...baseHeaders, ...deckHeaders, 'cache-control': 'no-cache' })
    }
    if (pathname === '/' || pathname === '/index.html') {
      const info: ServerInfo = { v: 1, relay: true, events: eventsPath, lan }
      const page = await appPage(site.app, info)
      response
        .writeHead(200, { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        .end(request.method === 'HEAD' ? undefined : page)
      return
    }
    // No service worker: it would keep this server's app and decks after the server is gone.
    if (pathname === '/sw.js' || pathname === '/registerSW.js') return notFound()
    const file = await fileUnder(site.app, pathname)
    if (!file) return notFound()
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    return sendFile(request, response, file, { ...baseHeaders, 'cache-control': cache })
  }

  const relay = attachRelay(http, {
    origins: options.origins,
    log,
    ...(redis ? { adapter: redis.adapter, store: redis.store } : {}),
  })
  const close = async () => {
    live?.close()
    await relay.close()
    await redis?.close()
  }
  let port: number
  try {
    port = await listen(http, options.port, host)
  } catch (error) {
    await close()
    throw error
  }
  lan = lanUrls(host, port)
  return { port, lan, relay, close }
}

/** The app's page with this server's info, and without the service worker's registration. */
async function appPage(app: string, info: ServerInfo): Promise<string> {
  const html = await readFile(join(app, 'index.html'), 'utf8')
  const content = JSON.stringify(info).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return html
    .replace(/<script id="vite-plugin-pwa:register-sw"[^>]*><\/script>/, '')
    .replace('</head>', `<meta name="${serverInfoMeta}" content="${content}"></head>`)
}
