/**
 * Serving files of one folder and nothing else. A URL path is refused when a
 * segment is empty of meaning or hidden (`..`, `.`, `.git`, `.env`, with or
 * without percent-encoding), holds a separator or NUL once decoded, or when
 * the file it names, symlinks followed, lies outside the folder or under a
 * hidden name there. The file sent is the one checked (no second lookup).
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isAbsolute, join, relative, sep } from 'node:path'
import { lookup } from 'mrmime'

/**
 * The real path of the regular file a URL path names under `root`, or null.
 *
 * @param root The folder's real path (`fs.realpath`).
 * @param urlPath The URL path below the folder's mount point (`/images/a.png`), still percent-encoded.
 */
export async function fileUnder(root: string, urlPath: string): Promise<string | null> {
  const segments: string[] = []
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  if (segments.length === 0) return null
  let real: string
  try {
    real = await realpath(join(root, ...segments))
  } catch {
    return null
  }
  const inside = relative(root, real)
  // Outside (`..`, another drive) or hidden inside (a symlink to `.env`).
  if (!inside || isAbsolute(inside) || inside.split(sep).some((part) => part.startsWith('.'))) return null
  const stats = await stat(real).catch(() => null)
  return stats?.isFile() ? real : null
}

/** A file's content type, with a charset for text. */
export function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream'
  return /^text\/|javascript|json|svg|xml/.test(type) ? `${type}; charset=utf-8` : type
}

/**
 * Send a file (its real path, from {@link fileUnder}) with validators and
 * single byte ranges (videos in decks seek with them).
 */
export async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const stats = await stat(file)
  const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`
  const common = { etag, 'last-modified': stats.mtime.toUTCString(), 'accept-ranges': 'bytes', ...headers }
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, common).end()
    return
  }
  let start = 0
  let end = stats.size - 1
  let status = 200
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '')
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1])
      if (range[2]) end = Math.min(end, Number(range[2]))
    } else start = Math.max(0, stats.size - Number(range[2]))
    if (start > end) {
      response.writeHead(416, { ...common, 'content-range': `bytes */${stats.size}` }).end()
      return
    }
    status = 206
  }
  response.writeHead(status, {
    ...common,
    'content-type': contentType(file),
    'content-length': String(Math.max(0, end - start + 1)),
    ...(status === 206 ? { 'content-range': `bytes ${start}-${end}/${stats.size}` } : {}),
  })
  if (request.method === 'HEAD' || stats.size === 0) {
    response.end()
    return
  }
  createReadStream(file, { start, end })
    .on('error', () => response.destroy())
    .pipe(response)
}
