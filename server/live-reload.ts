/**
 * Live reload for pages of a `lectern` server: the folders of the decks it
 * has served are watched (one `fs.watch` each, not the whole tree), and a
 * change to a Markdown file there is sent to every page as a server-sent
 * event, `lectern:deck-changed` with `{ path }`, the file's URL path as a
 * browser writes it (`new URL(…).pathname`), as the dev server's HMR event
 * of the same name carries. Editors write a file in several steps; one event
 * goes out once the file is quiet for a moment.
 */
import { watch, type FSWatcher } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { dirname, join, relative, sep } from 'node:path'
import { deckChangedEvent } from '../src/relay/server-info.ts'

/** Options of {@link liveReload}. */
export interface LiveReloadOptions {
  /** The folder served (real path). */
  root: string
  /** Where it is served (`/__deck/`). */
  mount: string
  /** How long a file must be quiet before the event (ms). */
  settleMs?: number
  log?: (line: string) => void
}

/** Watches and the pages listening. */
export interface LiveReload {
  /** Watch the folder of a file just served (a deck). */
  watchFileFolder(file: string): void
  /** Answer a request for the event stream. */
  stream(request: IncomingMessage, response: ServerResponse): void
  close(): void
}

const markdown = /\.(md|markdown)$/i
/** Most folders watched, and pages listening, at once. */
const maxFolders = 64
const maxPages = 1000

/** The URL path of a file under the mount, as `URL` writes it. */
export function urlPathOf(root: string, mount: string, file: string): string {
  const segments = relative(root, file)
    .split(sep)
    .map((segment) => segment.replace(/[%#?]/g, encodeURIComponent))
  return new URL(mount + segments.join('/'), 'http://localhost').pathname
}

export function liveReload({ root, mount, settleMs = 80, log = () => {} }: LiveReloadOptions): LiveReload {
  const pages = new Set<ServerResponse>()
  const watchers = new Map<string, FSWatcher>()
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  let warned = false

  const send = (path: string) => {
    const event = `event: ${deckChangedEvent}\ndata: ${JSON.stringify({ path })}\n\n`
    for (const page of pages) page.write(event)
  }

  const changed = (folder: string, name: string) => {
    if (!markdown.test(name) || name.startsWith('.')) return
    const path = urlPathOf(root, mount, join(folder, name))
    clearTimeout(timers.get(path))
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path)
        send(path)
      }, settleMs),
    )
  }

  const keepAlive = setInterval(() => {
    for (const page of pages) page.write(': keep-alive\n\n')
  }, 25_000)
  keepAlive.unref()

  return {
    watchFileFolder(file) {
      const folder = dirname(file)
      if (watchers.has(folder) || watchers.size >= maxFolders) return
      try {
        const watcher = watch(folder, { persistent: false }, (_type, name) => {
          if (name) changed(folder, name.toString())
        })
        watcher.on('error', () => {
          watcher.close()
          watchers.delete(folder)
        })
        watchers.set(folder, watcher)
      } catch (error) {
        if (!warned) log(`live reload is off for ${folder}: ${error instanceof Error ? error.message : error}`)
        warned = true
      }
    },
    stream(request, response) {
      if (pages.size >= maxPages) {
        response.writeHead(503).end()
        return
      }
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      })
      // Reconnect quickly after a server restart.
      response.write('retry: 1000\n\n')
      pages.add(response)
      request.on('close', () => pages.delete(response))
    },
    close() {
      clearInterval(keepAlive)
      for (const timer of timers.values()) clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      for (const page of pages) page.end()
      pages.clear()
    },
  }
}
