/**
 * Links into a presenting session, and where a relay's socket is.
 *
 * A link is the app's URL with the deck, the view and (when the relay is not
 * the server the app came from) `relay=URL` in its query, and the
 * credentials in its fragment: `…/?deck=/__deck/talk.md&view=follow#join=SESSION.TOKEN`.
 * A fragment never reaches a server, so no access log or Referer holds the
 * secret. The app reads it at start (before the slide hash takes the
 * fragment over), keeps it for the tab, and puts the slide hash back.
 */
import { credentialsSchema, type Credentials } from './protocol.ts'
import * as v from 'valibot'

const joinKey = 'join='

/** The fragment that carries credentials: `#join=SESSION.TOKEN`. */
export function joinFragment({ session, token }: Credentials): string {
  return `#${joinKey}${session}.${token}`
}

/** Credentials from a URL's fragment (`#join=…`, with or without the `#`), or null when it has none. */
export function readJoinFragment(hash: string): Credentials | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash
  if (!text.startsWith(joinKey)) return null
  const [session, token, ...rest] = text.slice(joinKey.length).split('.')
  if (rest.length) return null
  const parsed = v.safeParse(credentialsSchema, { session, token })
  return parsed.success ? parsed.output : null
}

/** The views a session link opens: the phone remote, or an audience device that follows. */
export type SessionView = 'remote' | 'follow'

/** What {@link sessionLink} puts in a link. */
export interface SessionLinkOptions {
  /** The app's URL as other devices reach it (a LAN address for a `lectern` server, see ServerInfo's `lan`). */
  app: string
  /** The deck's URL as that app should fetch it (`/__deck/talk.md`, or absolute). */
  deck: string | null
  /** The relay's URL when it is not the app's own server, else null. */
  relay: string | null
  view: SessionView
  credentials: Credentials
}

/** A link that opens a session on another device (for a QR code or to share). */
export function sessionLink({ app, deck, relay, view, credentials }: SessionLinkOptions): string {
  const url = new URL(app)
  url.search = ''
  url.hash = ''
  if (deck) url.searchParams.set('deck', deck)
  if (relay) url.searchParams.set('relay', relay)
  url.searchParams.set('view', view)
  return `${url.href}${joinFragment(credentials)}`
}

/**
 * Where Socket.IO connects for a relay URL: its origin, and `/socket.io/`
 * under its path (a relay behind a proxy at `https://host/relay/` has its
 * socket at `/relay/socket.io/`, and the proxy passes it to the relay's
 * `/socket.io/`).
 * Call `io(endpoint.url, { path: endpoint.path, auth })`: a path given in
 * the URL itself would be taken for a Socket.IO namespace.
 *
 * @returns Null for a URL that is not http(s).
 */
export function relayEndpoint(relay: string, base: string): { url: string; path: string } | null {
  let url: URL
  try {
    url = new URL(relay, base)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  return { url: url.origin, path: `${url.pathname.replace(/\/+$/, '')}/socket.io/` }
}
