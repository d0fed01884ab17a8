/**
 * Scale-out on Redis (`REDIS_URL`): Socket.IO's Redis adapter carries each
 * broadcast to every relay process, and sessions' states are kept in Redis
 * hashes (`lectern:session:ID`: seq, slideIndex, fragment, cover, deck), so
 * any process answers a late joiner. A state and its number are written in
 * one transaction. What is read back is checked again: Redis is shared.
 */
import { createAdapter } from '@socket.io/redis-adapter'
import { Redis } from 'ioredis'
import * as v from 'valibot'
import { deckInfoSchema, relayStateSchema, type DeckInfo } from '../../src/relay/protocol.ts'
import { redisAddress } from '../network.ts'
import { sessionTtlSeconds, type SessionRecord, type SessionStore } from './store.ts'

/** A Redis connection for the relay: the adapter and the store. */
export interface RedisLink {
  adapter: ReturnType<typeof createAdapter>
  store: SessionStore
  close(): Promise<void>
}

/**
 * Connect to Redis. The first connection must succeed within `timeoutMs`;
 * after that, a lost connection is retried every second or two for good
 * (a command waits for two retries, then the message it serves is dropped as
 * `unavailable`), and each loss is reported once until the link is back.
 *
 * @throws When Redis cannot be reached at start.
 */
export async function connectRedis(
  url: string,
  { log = () => {}, timeoutMs = 3000 }: { log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<RedisLink> {
  let started = false
  const make = () =>
    new Redis(url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 2,
      retryStrategy: (times) => (started ? Math.min(250 * 2 ** times, 2000) : null),
    })
  const clients = [make(), make()] as const
  let lastError: Error | null = null
  for (const client of clients) {
    let reported = false
    client.on('error', (error: Error) => {
      lastError = error
      if (started && !reported) log(`Redis at ${redisAddress(url)}: ${error.message || error.name}; retrying`)
      reported = true
    })
    client.on('ready', () => {
      if (reported && started) log(`Redis at ${redisAddress(url)} is back`)
      reported = false
    })
  }
  try {
    await Promise.all(clients.map((client) => client.connect()))
  } catch (error) {
    for (const client of clients) client.disconnect()
    const reason = (lastError ?? (error as Error)).message || 'no answer'
    throw new Error(`cannot reach Redis at ${redisAddress(url)} (${reason})`, { cause: error })
  }
  started = true
  const [pub, sub] = clients
  return {
    adapter: createAdapter(pub, sub, { key: 'lectern:io' }),
    store: redisStore(pub),
    async close() {
      await Promise.allSettled(clients.map((client) => client.quit()))
    },
  }
}

const key = (session: string) => `lectern:session:${session}`

/** Sessions' states in Redis hashes. */
function redisStore(client: Redis): SessionStore {
  /** Run a transaction; a failed command fails it. */
  const transaction = async (build: (multi: ReturnType<Redis['multi']>) => void) => {
    const multi = client.multi()
    build(multi)
    const replies = await multi.exec()
    if (!replies) throw new Error('the Redis transaction was aborted')
    for (const [error] of replies) if (error) throw error
    return replies.map(([, reply]) => reply)
  }
  return {
    async read(session) {
      return parseRecord(await client.hgetall(key(session)))
    },
    async writeState(session, state) {
      const [seq] = await transaction((multi) =>
        multi
          .hincrby(key(session), 'seq', 1)
          .hset(key(session), { slideIndex: state.slideIndex, fragment: state.fragment, cover: state.cover ?? '' })
          .expire(key(session), sessionTtlSeconds),
      )
      return Number(seq)
    },
    async writeDeck(session, deck) {
      await transaction((multi) =>
        multi.hset(key(session), 'deck', JSON.stringify(deck)).expire(key(session), sessionTtlSeconds),
      )
    },
    async close() {},
  }
}

/** A stored hash back as a record; anything that does not check out reads as unknown. */
function parseRecord(fields: Record<string, string>): SessionRecord {
  const state = v.safeParse(relayStateSchema, {
    seq: Number(fields.seq),
    slideIndex: Number(fields.slideIndex),
    fragment: Number(fields.fragment),
    cover: fields.cover || null,
  })
  let deck: DeckInfo | null = null
  if (fields.deck) {
    try {
      const parsed = v.safeParse(deckInfoSchema, JSON.parse(fields.deck))
      if (parsed.success) deck = parsed.output
    } catch {
      // Not ours: unknown.
    }
  }
  return { state: state.success ? state.output : null, deck }
}
