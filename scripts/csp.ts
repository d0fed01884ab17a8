/**
 * Lectern's Content Security Policy, one source for the page's `<meta>` tag
 * (scripts/vite-csp.ts), the headers of `vite` and `vite preview`, and the
 * PDF exporter's server (scripts/pdf.ts). docs/security.md explains each part.
 *
 * Decks are data: the page runs only its own scripts, and a deck's images,
 * media and fonts may come from anywhere (decks link them from the web and
 * from their own folder), but stylesheets only from here and the font
 * services a deck may import, and nothing embeds or is embedded.
 */

/** Hosts of the font services whose stylesheets a deck or theme may `@import` (see src/themes/css-imports.ts). */
export const fontServiceOrigins = ['https://fonts.googleapis.com', 'https://fonts.bunny.net']

/** Options of {@link contentSecurityPolicy}. */
export interface PolicyOptions {
  /** `'sha256-…'` sources of inline scripts to allow (the dev server's React refresh preamble only). */
  scriptHashes?: readonly string[]
  /** For a response header: also what a `<meta>` tag cannot say (`frame-ancestors`). */
  header?: boolean
}

/**
 * The policy, as one header value.
 *
 * - `script-src 'self'`: no inline script, no `eval`, no script from elsewhere.
 * - `object-src 'none'`, `frame-src 'none'`: no plugins, no frames.
 * - `style-src`: our CSS, the inline `<style>` elements that carry each deck's
 *   scoped CSS, and the font services' stylesheets.
 * - `img-src`, `media-src`, `font-src`: anywhere, and dropped files (`blob:`).
 * - `connect-src 'self' http: https: ws: wss:`: decks open from any web
 *   address (`?deck=URL`), a theme's imported sheets are fetched, and the
 *   relay (`?relay=URL`, any host) talks over Socket.IO's WebSocket; no
 *   `data:`, `blob:` or `filesystem:` targets.
 * - `base-uri`, `form-action 'none'`: no `<base>`, no form posts anywhere.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const hashes = (options.scriptHashes ?? []).map((hash) => ` ${hash}`).join('')
  return [
    "default-src 'self'",
    `script-src 'self'${hashes}`,
    `style-src 'self' 'unsafe-inline' ${fontServiceOrigins.join(' ')}`,
    'img-src * data: blob:',
    'media-src * data: blob:',
    'font-src * data: blob:',
    "connect-src 'self' http: https: ws: wss:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join('; ')
}

/**
 * Files a server of ours sends that a browser could open as a document with
 * script (an SVG, HTML or XML file beside a deck): sent sandboxed, as an
 * opaque origin with scripts off. The app's own page is not one of them.
 */
export const activeFile = /\.(?:svgz?|xml|xsl|xslt|xhtml|html?|pdf)$/i

/** Headers for a file served beside the app (`Content-Security-Policy: sandbox` for {@link activeFile}). */
export function fileHeaders(path: string): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    ...(activeFile.test(path) ? { 'content-security-policy': 'sandbox' } : {}),
  }
}
