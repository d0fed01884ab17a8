/**
 * Scale-out on a real Redis (Debian's `redis-server`, started here on
 * LECTERN_TEST_REDIS_PORT, default 6391): two relays share a session, and a
 * relay restarted answers from Redis before the presenter is back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeckInfo } from '../../src/relay/protocol.ts'
import { serve, type Started } from '../test-cli.ts'
import { connectRedis, type RedisLink } from './redis.ts'
import type { Relay } from './relay.ts'
import { connect, createSession, follow, next, startRelay, type ClientSocket } from './test-clients.ts'

const port = Number(process.env.LECTERN_TEST_REDIS_PORT ?? 6391)
const redisUrl = `redis://127.0.0.1:${port}`
const installed = spawnSync('redis-server', ['--version']).status === 0
if (!installed && process.env.CI) throw new Error('redis-server is not installed (CI installs it: see .ci/run)')

const deck: DeckInfo = { url: '/__deck/talk.md', id: 'abc123', slides: 20, title: null }

describe.skipIf(!installed)('relays sharing sessions through Redis', { timeout: 60_000 }, () => {
  let redis: ChildProcess
  const links: RedisLink[] = []
  const relays: Relay[] = []
  const sockets: ClientSocket[] = []
  const processes: Started[] = []

  beforeAll(async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    })
    // Ready once it answers.
    for (let attempt = 0; ; attempt++) {
      try {
        const link = await connectRedis(redisUrl, { timeoutMs: 500 })
        await link.close()
        break
      } catch (error) {
        if (attempt > 50) throw error
        await new Promise((done) => setTimeout(done, 100))
      }
    }
  })

  afterAll(async () => {
    for (const socket of sockets) socket.close()
    for (const process of processes) process.child.kill('SIGKILL')
    for (const relay of relays) await relay.close()
    for (const link of links) await link.close()
    redis?.kill()
  })

  /** A relay on Redis in this process (its own connections, as another process would have). */
  async function relayOnRedis() {
    const link = await connectRedis(redisUrl)
    links.push(link)
    const started = await startRelay({ adapter: link.adapter, store: link.store })
    relays.push(started.relay)
    return started
  }

  it('lets a follower on one relay follow a presenter on another', async () => {
    const [a, b] = await Promise.all([relayOnRedis(), relayOnRedis()])
    const { presenter, secrets } = await createSession(a.url, deck)
    sockets.push(presenter)
    const { follower, welcome } = await follow(b.url, secrets.session, secrets.follow)
    sockets.push(follower)
    expect(welcome).toMatchObject({ role: 'follower', deck, state: null })

    const heard = next(follower, 'state')
    expect(await presenter.emitWithAck('state', { slideIndex: 4, fragment: 2, cover: null })).toEqual({
      ok: true,
      seq: 1,
    })
    expect(await heard).toEqual({ slideIndex: 4, fragment: 2, cover: null, seq: 1 })
    const pointer = next(follower, 'pointer')
    presenter.emit('pointer', { x: 0.1, y: 0.9 })
    expect(await pointer).toEqual({ x: 0.1, y: 0.9 })

    // A late joiner on the second relay starts on the current slide, read from Redis.
    const late = await follow(b.url, secrets.session, secrets.follow)
    sockets.push(late.follower)
    expect(late.welcome.state).toEqual({ slideIndex: 4, fragment: 2, cover: null, seq: 1 })

    // The presenter hears who is connected on both relays.
    let presence = await next(presenter, 'presence')
    while (presence.followers < 2) presence = await next(presenter, 'presence')
    expect(presence).toEqual({ presenters: 1, followers: 2 })
    // And followers still cannot drive, on either relay.
    expect(await follower.emitWithAck('state', { slideIndex: 0, fragment: 0, cover: null })).toEqual({
      ok: false,
      error: 'forbidden',
    })
  })

  it('numbers moves from two presenters on two relays in one sequence', async () => {
    const [a, b] = await Promise.all([relayOnRedis(), relayOnRedis()])
    const { presenter, secrets } = await createSession(a.url, deck)
    sockets.push(presenter)
    const phone = connect(b.url, { v: 1, session: secrets.session, token: secrets.presenter })
    sockets.push(phone)
    await next(phone, 'welcome')
    const replies = await Promise.all([
      presenter.emitWithAck('state', { slideIndex: 1, fragment: 0, cover: null }),
      phone.emitWithAck('state', { slideIndex: 2, fragment: 0, cover: null }),
      presenter.emitWithAck('state', { slideIndex: 3, fragment: 0, cover: null }),
    ])
    const seqs = replies.map((reply) => (reply.ok ? reply.seq : 0)).sort()
    expect(seqs).toEqual([1, 2, 3])
  })

  it('answers from Redis after a relay restart, before the presenter is back', async () => {
    const first = await serve(['relay', '--port', '0'], { REDIS_URL: redisUrl })
    processes.push(first)
    const url = first.url.origin
    const { presenter, secrets } = await createSession(url, deck)
    sockets.push(presenter)
    await presenter.emitWithAck('state', { slideIndex: 9, fragment: 0, cover: 'white' })
    presenter.close()

    first.child.kill('SIGKILL')
    const second = await serve(['relay', '--port', first.url.port], { REDIS_URL: redisUrl })
    processes.push(second)
    const { follower, welcome } = await follow(url, secrets.session, secrets.follow)
    sockets.push(follower)
    expect(welcome.state).toEqual({ slideIndex: 9, fragment: 0, cover: 'white', seq: 1 })
    expect(welcome.deck).toEqual(deck)
  })
})
