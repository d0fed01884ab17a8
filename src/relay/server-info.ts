/**
 * What a page learns from the `lectern` server that served it (server/), so
 * the same app works with and without one. The server writes a
 * `<meta name="lectern-server" content="{…}">` into the app's index.html
 * ({@link ServerInfo} as JSON); a page without it (the static app on any
 * host, the dev server) has no relay unless `?relay=URL` names one, and no
 * live reload from the server.
 *
 * Live reload: `new EventSource(info.events)` hears {@link deckChangedEvent}
 * events whose data is `{"path":"/__deck/talk.md"}`, the changed file's URL
 * path, as the dev server's HMR event of the same name carries.
 */
import * as v from 'valibot'

/** The meta element's name. */
export const serverInfoMeta = 'lectern-server'

/** The live-reload event (server-sent event name, and the dev server's HMR event). */
export const deckChangedEvent = 'lectern:deck-changed'

/** An absolute http(s) URL, for addresses given to other devices. */
const httpUrl = v.pipe(v.string(), v.maxLength(200), v.regex(/^https?:\/\/[^\s/?#]+\/\S*$/i))
/** A path on the page's own server. */
const path = v.pipe(v.string(), v.maxLength(200), v.regex(/^\/(?!\/)\S*$/))

/** What the server tells its pages. */
export const serverInfoSchema = v.object({
  v: v.literal(1),
  /** Whether a relay runs on this server (then connect to the page's own origin). */
  relay: v.boolean(),
  /** The server-sent events stream for live reload, or null. */
  events: v.nullable(path),
  /**
   * The app's address as other devices on the network reach it (for QR
   * codes), best first; empty when the server listens on this machine only
   * (then say so: `lectern --host 0.0.0.0` lets phones in).
   */
  lan: v.pipe(v.array(httpUrl), v.maxLength(16)),
})
export type ServerInfo = v.InferOutput<typeof serverInfoSchema>

/** The payload of a {@link deckChangedEvent}. */
export const deckChangedSchema = v.object({ path })
export type DeckChanged = v.InferOutput<typeof deckChangedSchema>

/** Read the meta element's content (`document.querySelector('meta[name=lectern-server]')?.content`); null when absent or not ours. */
export function readServerInfo(content: string | null | undefined): ServerInfo | null {
  if (!content) return null
  let data: unknown
  try {
    data = JSON.parse(content)
  } catch {
    return null
  }
  const parsed = v.safeParse(serverInfoSchema, data)
  return parsed.success ? parsed.output : null
}
