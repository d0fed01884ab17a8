/**
 * Where sessions' states live: in this process (one relay), or in Redis
 * (./redis-store.ts) so that every relay process answers late joiners. A
 * session is forgotten after a day without a change.
 */
import type { DeckInfo, RelayState, State } from '../../src/relay/protocol.ts'

/** A session as stored: its last state and deck, either null until first sent. */
export interface SessionRecord {
  state: RelayState | null
  deck: DeckInfo | null
}

/** Sessions' states. */
export interface SessionStore {
  read(session: string): Promise<SessionRecord>
  /** Store a state; returns its number (one more than the last). */
  writeState(session: string, state: State): Promise<number>
  writeDeck(session: string, deck: DeckInfo): Promise<void>
  close(): Promise<void>
}

/** How long an unchanged session is kept. */
export const sessionTtlSeconds = 24 * 60 * 60

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /** Most sessions kept; the least recently changed go first (default 10,000). */
  maxSessions?: number
  ttlSeconds?: number
  now?: () => number
}

/** Sessions in this process's memory. */
export function memoryStore({
  maxSessions = 10_000,
  ttlSeconds = sessionTtlSeconds,
  now = Date.now,
}: MemoryStoreOptions = {}): SessionStore {
  /** In order of last change (a change moves a session to the end). */
  const sessions = new Map<string, SessionRecord & { seq: number; changed: number }>()

  const live = (session: string) => {
    const record = sessions.get(session)
    if (record && now() - record.changed > ttlSeconds * 1000) sessions.delete(session)
    return sessions.get(session)
  }
  const change = (session: string, update: (record: SessionRecord & { seq: number }) => void) => {
    const record = live(session) ?? { state: null, deck: null, seq: 0, changed: 0 }
    update(record)
    record.changed = now()
    sessions.delete(session)
    sessions.set(session, record)
    for (const [oldest] of sessions) {
      if (sessions.size <= maxSessions) break
      sessions.delete(oldest)
    }
    return record
  }

  return {
    async read(session) {
      const record = live(session)
      return { state: record?.state ?? null, deck: record?.deck ?? null }
    },
    async writeState(session, state) {
      const record = change(session, (record) => {
        record.seq++
        record.state = { ...state, seq: record.seq }
      })
      return record.seq
    },
    async writeDeck(session, deck) {
      change(session, (record) => {
        record.deck = deck
      })
    },
    async close() {
      sessions.clear()
    },
  }
}
