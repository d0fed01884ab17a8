/**
 * The relay protocol: how windows of one deck on different devices (the
 * presenter's laptop, a phone used as a remote, the audience's own devices)
 * stay on one slide through a Lectern relay (server/relay/). The schemas
 * (valibot) and the types of every message, shared by the relay and the app.
 * Pure: no Node, DOM or Socket.IO APIs, so the app and the relay import the
 * same checks.
 *
 * **Connecting.** Socket.IO 4, default namespace, at the relay's origin under
 * `/socket.io/` (see src/relay/endpoint.ts for a relay URL with a path). The
 * handshake's `auth` is a {@link Handshake}: `{ v: 1 }` for a guest, who may
 * only `create` a session, or `{ v: 1, session, token }` to join one. The
 * relay tells the role from the token: the presenter token drives, the follow
 * token follows. A refused handshake ends in `connect_error` with one of
 * {@link ConnectError} as its message (Socket.IO does not retry those).
 * Give `auth` as a function, so a reconnection (network drop, relay restart)
 * sends the credentials the client holds then.
 *
 * **Sessions.** `create` (a guest's only message) answers with a session id and
 * its two secrets and makes that connection the session's presenter. The
 * presenter token is 192 random bits; the follow token and the session id are
 * derived from it by hashing, so any relay process checks any credential
 * without a lookup, a follow token never reveals the presenter token, and a
 * session outlives a relay restart. Secrets travel in a link's fragment (see
 * src/relay/links.ts), never in a query string, so no server logs them.
 *
 * **Events** (payload first, then an optional acknowledgement callback):
 *
 * | event | from → to | payload | answer |
 * | --- | --- | --- | --- |
 * | `create` | guest → relay | {@link CreateRequest} | {@link CreateReply} |
 * | `state` | presenter → relay | {@link State}: slide, fragment, cover | {@link Ack} with the state's `seq` |
 * | `deck` | presenter → relay | {@link DeckInfo}: the deck presented | {@link Ack} |
 * | `pointer` | presenter → relay | {@link Pointer} (send volatile, ≤ 30 a second) | none |
 * | `draw` | presenter → relay | {@link Draw} (a stroke, or clear a slide) | none |
 * | `welcome` | relay → client | {@link Welcome}: role, current state and deck | — |
 * | `state` | relay → others | {@link RelayState}: a state with its `seq` | — |
 * | `deck`, `pointer`, `draw` | relay → others | as sent | — |
 * | `presence` | relay → presenters | {@link Presence}: who is connected | — |
 *
 * Every message a client sends is checked here (shape, ranges, at most
 * {@link relayLimits}.messageBytes of JSON) and the relay drops a bad one,
 * counts it, and answers `{ ok: false, error }` when the sender asked for an
 * answer. Messages from followers are dropped the same way (`forbidden`).
 * The relay only sends what these schemas let through; a client should still
 * parse what it receives with {@link relayMessageSchemas}.
 *
 * **Order.** The relay numbers each accepted state (`seq`, rising per session)
 * and sends it to the session's other connections; the sender gets the number
 * in its answer. A client shows a state only when its `seq` is the highest it
 * knows (src/relay/state-tracker.ts does the bookkeeping), so every window
 * ends on the state the relay stored last. A `welcome` comes after each
 * (re)connection with the state stored now: late joiners and reconnecting
 * clients start on the current slide. `state: null` in a welcome means the
 * relay knows no state yet (a new session, or a relay restarted without
 * Redis): a presenter then sends its own.
 */
import * as v from 'valibot'

/** The protocol's version, sent in the handshake and in `welcome`. */
export const relayVersion = 1

/** Limits every message is checked against. */
export const relayLimits = {
  /** Largest message, as JSON, in bytes. */
  messageBytes: 64 * 1024,
  /** Slides a deck may have (slide indexes are below this). */
  slides: 10_000,
  /** Fragment steps a slide may have. */
  fragments: 1_000,
  /** Messages a connection may send at once… */
  burst: 100,
  /** …and then each second. */
  perSecond: 50,
  /**
   * Numbers in a stroke's points (x, y pairs): a stroke of full-precision
   * numbers still fits in a message. Split longer strokes; 4 decimals are plenty.
   */
  strokeNumbers: 3_000,
  /** Strokes one `erase` may remove. */
  erasedStrokes: 500,
  /** Length of a deck's URL and of its title. */
  urlLength: 2_048,
  titleLength: 300,
} as const

/** Who a connection is: the presenter drives, a follower follows. */
export type RelayRole = 'presenter' | 'follower'

/** Why the relay refused a handshake (`connect_error`'s message). */
export type ConnectError = 'bad-handshake' | 'unsupported-version' | 'unauthorized'

/** Why the relay dropped a message (an {@link Ack}'s `error`). */
export type DropReason = 'invalid' | 'forbidden' | 'rate-limited' | 'too-large' | 'unavailable'

const integer = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
/** A coordinate across the slide: 0 at its left (top) edge, 1 at its right (bottom) edge. */
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

/** A session's id: 128 bits, base64url. Not a secret: it names the session. */
export const sessionIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{22}$/))
/** A presenter token (32 characters) or a follow token (22), base64url. */
export const tokenSchema = v.pipe(v.string(), v.regex(/^[\w-]{22,43}$/))

/** What a client needs to join a session. */
export const credentialsSchema = v.object({ session: sessionIdSchema, token: tokenSchema })
export type Credentials = v.InferOutput<typeof credentialsSchema>

/** The handshake's `auth`: a guest (`{ v: 1 }`) or a member with credentials. */
export const handshakeSchema = v.pipe(
  v.object({ v: v.literal(relayVersion), session: v.optional(sessionIdSchema), token: v.optional(tokenSchema) }),
  v.check((auth) => (auth.session === undefined) === (auth.token === undefined), 'session and token go together'),
)
export type Handshake = v.InferOutput<typeof handshakeSchema>

/** A screen covering the slide. */
export const coverSchema = v.nullable(v.picklist(['black', 'white']))

/** A point on the slide in slide units. */
export const slidePointSchema = v.object({ x: unit, y: unit })

/** Where the presentation is: the store's `slideIndex`, `fragment`, `cover` and `zoom`. */
export const stateSchema = v.object({
  /** 0-based slide index. */
  slideIndex: integer(0, relayLimits.slides - 1),
  /** Fragment step: 0 (none shown) … the slide's fragment count (all shown). */
  fragment: integer(0, relayLimits.fragments),
  cover: coverSchema,
  /** The point the slide is zoomed around (Alt+click), or null; absent from older clients. */
  zoom: v.optional(v.nullable(slidePointSchema)),
})
export type State = v.InferOutput<typeof stateSchema>

/** A state as the relay stored and sent it, numbered. */
export const relayStateSchema = v.object({ ...stateSchema.entries, seq: integer(1, Number.MAX_SAFE_INTEGER) })
export type RelayState = v.InferOutput<typeof relayStateSchema>

/**
 * The deck presented, so a phone or a follower can open the same one:
 * `url` is an absolute http(s) URL or a path from the app's origin
 * (`/__deck/talk.md` on a `lectern` server), null for a deck that has none
 * (a dropped file); `id` is the deck's identity (`deckIdentity` in the app's
 * sync) to tell whether a window shows the same deck.
 */
export const deckInfoSchema = v.object({
  url: v.nullable(
    v.pipe(v.string(), v.maxLength(relayLimits.urlLength), v.regex(/^(?:https?:\/\/[^\s/?#]+|\/(?!\/))\S*$/i)),
  ),
  id: v.pipe(v.string(), v.regex(/^[\da-z]{1,64}$/i)),
  slides: integer(1, relayLimits.slides),
  title: v.nullable(v.pipe(v.string(), v.maxLength(relayLimits.titleLength))),
})
export type DeckInfo = v.InferOutput<typeof deckInfoSchema>

/** The laser pointer over the slide, or null when hidden. Not stored: late joiners see the next one. */
export const pointerSchema = v.nullable(slidePointSchema)

/** A stroke's id: unique across windows (random, base64url). */
export const strokeIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,32}$/))
export type Pointer = v.InferOutput<typeof pointerSchema>

/**
 * A drawing on a slide: a stroke added (points as x, y pairs in slide units,
 * its width in slide widths), strokes erased by id (the eraser, undo), or
 * clearing the slide's drawings. Relayed, not stored yet: late joiners do not
 * get earlier strokes.
 */
export const drawSchema = v.variant('kind', [
  v.object({
    kind: v.literal('stroke'),
    slideIndex: integer(0, relayLimits.slides - 1),
    id: strokeIdSchema,
    tool: v.optional(v.picklist(['pen', 'highlighter']), 'pen'),
    color: v.pipe(v.string(), v.regex(/^#[\da-f]{6}$/i)),
    width: v.pipe(v.number(), v.minValue(0.0005), v.maxValue(0.1)),
    points: v.pipe(
      v.array(unit),
      v.minLength(2),
      v.maxLength(relayLimits.strokeNumbers),
      v.check((points) => points.length % 2 === 0, 'points come in x, y pairs'),
    ),
  }),
  v.object({
    kind: v.literal('erase'),
    slideIndex: integer(0, relayLimits.slides - 1),
    ids: v.pipe(v.array(strokeIdSchema), v.minLength(1), v.maxLength(relayLimits.erasedStrokes)),
  }),
  v.object({ kind: v.literal('clear'), slideIndex: integer(0, relayLimits.slides - 1) }),
])
export type Draw = v.InferOutput<typeof drawSchema>

/** A guest's request for a new session, with the deck it will present (if known yet). */
export const createRequestSchema = v.object({ deck: v.nullable(deckInfoSchema) })
export type CreateRequest = v.InferOutput<typeof createRequestSchema>

/** The answer to `create`: the new session and its secrets (keep `presenter` private). */
export type CreateReply = { ok: true; session: string; presenter: string; follow: string } | DropReply

/** The relay's answer to a message that asked for one. */
export type Ack = { ok: true; seq?: number } | DropReply
/** A dropped message's answer. */
export interface DropReply {
  ok: false
  error: DropReason
}

/** What a connection hears first: its role, and the session's state and deck as stored now. */
export const welcomeSchema = v.object({
  v: v.literal(relayVersion),
  role: v.picklist(['presenter', 'follower']),
  session: sessionIdSchema,
  state: v.nullable(relayStateSchema),
  deck: v.nullable(deckInfoSchema),
})
export type Welcome = v.InferOutput<typeof welcomeSchema>

/** Connections in the session across all relay processes (sent to presenters when it changes). */
export const presenceSchema = v.object({
  presenters: integer(0, Number.MAX_SAFE_INTEGER),
  followers: integer(0, Number.MAX_SAFE_INTEGER),
})
export type Presence = v.InferOutput<typeof presenceSchema>

/** The schema of each message a client may send, by event name. */
export const clientMessageSchemas = {
  create: createRequestSchema,
  state: stateSchema,
  deck: deckInfoSchema,
  pointer: pointerSchema,
  draw: drawSchema,
} as const
/** Events a client sends. */
export type ClientEvent = keyof typeof clientMessageSchemas

/** Events only a presenter may send (a guest may only `create`). */
export const presenterEvents: readonly ClientEvent[] = ['state', 'deck', 'pointer', 'draw']

/** The schema of each message the relay sends, by event name: a client parses what it receives with these. */
export const relayMessageSchemas = {
  welcome: welcomeSchema,
  state: relayStateSchema,
  deck: deckInfoSchema,
  pointer: pointerSchema,
  draw: drawSchema,
  presence: presenceSchema,
} as const

/** Socket.IO event map of what a client sends (`Socket<RelayToClient, ClientToRelay>` on the client). */
export interface ClientToRelay {
  create: (payload: CreateRequest, ack: (reply: CreateReply) => void) => void
  state: (payload: State, ack?: (reply: Ack) => void) => void
  deck: (payload: DeckInfo, ack?: (reply: Ack) => void) => void
  pointer: (payload: Pointer) => void
  draw: (payload: Draw) => void
}

/** Socket.IO event map of what the relay sends. */
export interface RelayToClient {
  welcome: (payload: Welcome) => void
  state: (payload: RelayState) => void
  deck: (payload: DeckInfo) => void
  pointer: (payload: Pointer) => void
  draw: (payload: Draw) => void
  presence: (payload: Presence) => void
}
