/**
 * The Content Security Policy (scripts/csp.ts) on the page: a `<meta>` tag
 * first in `index.html`, in the build and under the dev server, and headers
 * from `vite preview` and the dev server.
 *
 * The built page has no inline script at all (the build fails if one
 * appears). The dev server's page has one, the React refresh preamble that
 * @vitejs/plugin-react adds: in dev the policy allows that script by its
 * SHA-256 hash, worked out from the page as served, and nothing else inline.
 */
import { createHash } from 'node:crypto'
import type { Connect, Plugin } from 'vite'
import { contentSecurityPolicy, fileHeaders } from './csp.ts'

/** An inline `<script>` (one without `src`) and its text. */
const inlineScript = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** `nosniff` on every file, and a sandbox on files a browser could run script in (not the app's page). */
const fileHeaderMiddleware =
  (policy?: string): Connect.NextHandleFunction =>
  (request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    for (const [name, value] of Object.entries(fileHeaders(path === '/index.html' ? '/' : path)))
      response.setHeader(name, value)
    if (policy && !response.hasHeader('content-security-policy')) response.setHeader('content-security-policy', policy)
    next()
  }

export function contentSecurity(): Plugin {
  return {
    name: 'lectern:content-security',
    transformIndexHtml: {
      // After the other plugins: their inline scripts are in the page by now.
      order: 'post',
      handler(html, context) {
        const scripts = [...html.matchAll(inlineScript)].map((match) => match[1] ?? '').filter((text) => text.trim())
        if (!context.server && scripts.length > 0)
          throw new Error(
            'Unexpected inline script in the built page, expected none: the Content Security Policy forbids it',
          )
        const policy = contentSecurityPolicy({ scriptHashes: scripts.map(sha256) })
        // First in <head>, after the charset: a policy covers only what comes after it.
        const charset = /<meta\s+charset=[^>]*>\s*/i.exec(html)?.[0] ?? ''
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}" />`
        return html.replace(charset, '').replace(/<head>\s*/i, (head) => `${head}${charset.trim()}\n    ${meta}\n    `)
      },
    },
    configureServer(server) {
      server.middlewares.use(fileHeaderMiddleware())
    },
    configurePreviewServer(server) {
      server.middlewares.use(fileHeaderMiddleware(contentSecurityPolicy({ header: true })))
    },
  }
}
