/**
 * The messages windows of one deck exchange (sync.ts), and their check: every
 * message heard is parsed against these schemas before it touches the store,
 * and one that does not fit (a wrong type, a value out of range, a window of
 * another kind, too large) is dropped. The payloads are the relay protocol's
 * (src/relay), so the same state, pointer and drawings travel between tabs
 * and between devices.
 */
import * as v from 'valibot'
import { drawSchema, pointerSchema, stateSchema, strokeIdSchema, relayLimits, type Draw } from '../relay/index.ts'
import type { Stroke, ViewRole } from './types.ts'

const envelope = {
  /** The deck's identity (`deckIdentity`). */
  deck: v.pipe(v.string(), v.regex(/^[\da-f]{1,64}$/)),
  /** The sending window, random per window. */
  from: v.pipe(v.string(), v.regex(/^[\da-z]{1,32}$/)),
  role: v.picklist(['audience', 'presenter', 'notes']),
}

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

/** A stroke as it is kept and sent whole (a window's drawings, to a window that starts). */
export const strokeSchema = v.object({
  id: strokeIdSchema,
  tool: v.picklist(['pen', 'highlighter']),
  color: v.pipe(v.string(), v.regex(/^#[\da-f]{6}$/i)),
  width: v.pipe(v.number(), v.minValue(0.0005), v.maxValue(0.1)),
  points: v.pipe(
    v.array(unit),
    v.minLength(2),
    v.maxLength(relayLimits.strokeNumbers),
    v.check((points) => points.length % 2 === 0, 'points come in x, y pairs'),
  ),
})

/** Every slide's strokes, by 0-based slide index. */
export const strokesSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^\d{1,5}$/)), v.pipe(v.array(strokeSchema), v.maxLength(5_000))),
  v.check((strokes) => Object.keys(strokes).length <= relayLimits.slides, 'at most one entry a slide'),
)

const messageSchema = v.variant('type', [
  v.object({ type: v.literal('hello'), ...envelope }),
  v.object({
    type: v.literal('ping'),
    ...envelope,
    /** The sender's count of heartbeats and the time it sent this one, signed with the proof. */
    seq: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    at: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    /** HMAC-SHA-256 of the heartbeat with the windows' secret (sync-proof.ts), as hex. */
    proof: v.pipe(v.string(), v.regex(/^[\da-f]{64}$/)),
  }),
  v.object({ type: v.literal('state'), ...envelope, state: stateSchema }),
  v.object({ type: v.literal('pointer'), ...envelope, pointer: pointerSchema }),
  v.object({ type: v.literal('draw'), ...envelope, draw: drawSchema }),
  v.object({ type: v.literal('strokes'), ...envelope, strokes: strokesSchema }),
])

/** A message between windows of one origin. */
export type SyncMessage = v.InferOutput<typeof messageSchema>

/** What every message carries. */
export type Envelope = { deck: string; from: string; role: ViewRole }

/** Largest message taken, as JSON (a whole deck's drawings fit). */
export const maxSyncBytes = 4 * 1024 * 1024

/**
 * A message as heard, checked.
 *
 * @param data
 *   Whatever arrived on the channel.
 * @returns
 *   The message, or null when it is not one (to drop and count).
 */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const result = v.safeParse(messageSchema, data)
  if (!result.success) return null
  if (result.output.type === 'strokes' && JSON.stringify(result.output.strokes).length > maxSyncBytes) return null
  return result.output
}

/** The changes between two states of the strokes, as drawing messages (the slides whose strokes changed). */
export function strokeChanges(
  previous: Readonly<Record<number, readonly Stroke[]>>,
  next: Readonly<Record<number, readonly Stroke[]>>,
): Draw[] {
  const changes: Draw[] = []
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const slideIndex = Number(key)
    const before = previous[slideIndex] ?? []
    const after = next[slideIndex] ?? []
    if (before === after) continue
    const kept = new Set(after.map((stroke) => stroke.id))
    const had = new Set(before.map((stroke) => stroke.id))
    const removed = before.filter((stroke) => !kept.has(stroke.id)).map((stroke) => stroke.id)
    if (removed.length > 0 && after.length === 0) changes.push({ kind: 'clear', slideIndex })
    else {
      for (let at = 0; at < removed.length; at += relayLimits.erasedStrokes) {
        changes.push({ kind: 'erase', slideIndex, ids: removed.slice(at, at + relayLimits.erasedStrokes) })
      }
    }
    for (const stroke of after) {
      if (!had.has(stroke.id)) changes.push({ kind: 'stroke', slideIndex, ...stroke, points: [...stroke.points] })
    }
  }
  return changes
}

/** A drawing message as a change to the store's strokes. */
export function drawChange(draw: Draw): { slideIndex: number; added?: Stroke[]; removed?: string[]; clear?: true } {
  switch (draw.kind) {
    case 'stroke': {
      const { kind: _, slideIndex, ...stroke } = draw
      return { slideIndex, added: [stroke] }
    }
    case 'erase':
      return { slideIndex: draw.slideIndex, removed: draw.ids }
    case 'clear':
      return { slideIndex: draw.slideIndex, clear: true }
  }
}
