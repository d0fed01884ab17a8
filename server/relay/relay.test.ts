import { afterEach, describe, expect, it } from 'vitest'
import type { Ack, DeckInfo } from '../../src/relay/protocol.ts'
import { relayLimits } from '../../src/relay/protocol.ts'
import { mintSession, roleOf } from './credentials.ts'
import type { Relay } from './relay.ts'
import {
  connect,
  connected,
  createSession,
  follow,
  next,
  silence,
  startRelay,
  type ClientSocket,
} from './test-clients.ts'

const deck: DeckInfo = { url: '/__deck/talk.md', id: 'c0ffee42', slides: 12, title: 'A talk' }

let relay: Relay | undefined
const sockets: ClientSocket[] = []
const track = <T extends { close(): unknown }>(socket: T) => (sockets.push(socket as never), socket)

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close()
  await relay?.close()
  relay = undefined
})

async function setUp() {
  const started = await startRelay()
  relay = started.relay
  const { presenter, secrets, welcome } = await createSession(started.url, deck)
  track(presenter)
  const { follower, welcome: followerWelcome } = await follow(started.url, secrets.session, secrets.follow)
  track(follower)
  return { url: started.url, presenter, follower, secrets, welcome, followerWelcome }
}

describe('credentials', () => {
  it('are unguessable and tell the role; a follow token cannot be turned into the presenter token', () => {
    const a = mintSession()
    const b = mintSession()
    expect(a.presenter).not.toBe(b.presenter)
    expect(Buffer.from(a.presenter, 'base64url')).toHaveLength(24)
    expect(Buffer.from(a.follow, 'base64url')).toHaveLength(16)
    expect(roleOf({ session: a.session, token: a.presenter })).toBe('presenter')
    expect(roleOf({ session: a.session, token: a.follow })).toBe('follower')
    expect(roleOf({ session: a.session, token: b.presenter })).toBeNull()
    expect(roleOf({ session: b.session, token: a.follow })).toBeNull()
    // The id itself is no token.
    expect(roleOf({ session: a.session, token: a.session })).toBeNull()
  })
})

describe('relay', () => {
  it('makes the creator the presenter and welcomes a follower with the deck', async () => {
    const { welcome, followerWelcome, secrets } = await setUp()
    expect(welcome).toEqual({ v: 1, role: 'presenter', session: secrets.session, state: null, deck })
    expect(followerWelcome).toEqual({ v: 1, role: 'follower', session: secrets.session, state: null, deck })
  })

  it('sends the presenter’s moves to followers, numbered, and answers the presenter with the number', async () => {
    const { presenter, follower } = await setUp()
    const heard = next(follower, 'state')
    const ack: Ack = await presenter.emitWithAck('state', { slideIndex: 3, fragment: 1, cover: null })
    expect(ack).toEqual({ ok: true, seq: 1 })
    expect(await heard).toEqual({ slideIndex: 3, fragment: 1, cover: null, seq: 1 })
    const second = next(follower, 'state')
    presenter.emit('state', { slideIndex: 3, fragment: 1, cover: 'black' })
    expect(await second).toEqual({ slideIndex: 3, fragment: 1, cover: 'black', seq: 2 })
    // The presenter does not hear its own move back.
    expect(await silence(presenter, 'state', 200)).toEqual([])
  })

  it('starts a late joiner on the current slide', async () => {
    const { url, presenter, secrets } = await setUp()
    await presenter.emitWithAck('state', { slideIndex: 7, fragment: 0, cover: null })
    const { follower, welcome } = await follow(url, secrets.session, secrets.follow)
    track(follower)
    expect(welcome.state).toEqual({ slideIndex: 7, fragment: 0, cover: null, seq: 1 })
    expect(welcome.deck).toEqual(deck)
  })

  it('relays the pointer, drawings and a new deck; tells presenters who is connected', async () => {
    const { presenter, follower } = await setUp()
    const presence = await next(presenter, 'presence')
    expect(presence).toEqual({ presenters: 1, followers: 1 })
    const pointer = next(follower, 'pointer')
    presenter.emit('pointer', { x: 0.25, y: 0.75 })
    expect(await pointer).toEqual({ x: 0.25, y: 0.75 })
    const draw = next(follower, 'draw')
    presenter.emit('draw', { kind: 'clear', slideIndex: 2 })
    expect(await draw).toEqual({ kind: 'clear', slideIndex: 2 })
    const newDeck = next(follower, 'deck')
    await presenter.emitWithAck('deck', { ...deck, id: 'beef', slides: 3 })
    expect(await newDeck).toEqual({ ...deck, id: 'beef', slides: 3 })
  })

  it('lets a phone with the presenter token drive too', async () => {
    const { url, follower, secrets } = await setUp()
    const phone = track(connect(url, { v: 1, session: secrets.session, token: secrets.presenter }))
    expect((await next(phone, 'welcome')).role).toBe('presenter')
    const heard = next(follower, 'state')
    phone.emit('state', { slideIndex: 1, fragment: 0, cover: null })
    expect((await heard).slideIndex).toBe(1)
  })

  it('ignores followers: they cannot drive, point or draw', async () => {
    const { presenter, follower } = await setUp()
    const ack: Ack = await follower.emitWithAck('state', { slideIndex: 9, fragment: 0, cover: null })
    expect(ack).toEqual({ ok: false, error: 'forbidden' })
    follower.emit('pointer', { x: 0.5, y: 0.5 })
    follower.emit('draw', { kind: 'clear', slideIndex: 0 })
    expect(await follower.emitWithAck('deck', deck)).toEqual({ ok: false, error: 'forbidden' })
    expect(await silence(presenter, 'state', 200)).toEqual([])
    expect(relay!.stats().dropped.forbidden).toBe(4)
    // A follower cannot start another session from its connection either.
    expect(await follower.emitWithAck('create', { deck: null })).toEqual({ ok: false, error: 'forbidden' })
  })

  it('refuses wrong credentials, malformed handshakes and other protocol versions', async () => {
    const { url, secrets } = await setUp()
    const other = mintSession()
    const attempts = [
      [{ v: 1, session: secrets.session, token: other.presenter }, 'unauthorized'],
      [{ v: 1, session: secrets.session, token: secrets.session }, 'unauthorized'],
      [{ v: 1, session: secrets.session }, 'bad-handshake'],
      [{ v: 1, session: 'x', token: 'y' }, 'bad-handshake'],
      [{}, 'bad-handshake'],
      [{ v: 2 }, 'unsupported-version'],
    ] as const
    for (const [auth, reason] of attempts) {
      const socket = track(connect(url, auth))
      await expect(connected(socket)).rejects.toThrow(reason)
    }
    expect(relay!.stats().refused).toMatchObject({ unauthorized: 2, 'bad-handshake': 3, 'unsupported-version': 1 })
  })

  it('drops and counts bad messages, answers them, and keeps relaying', async () => {
    const { presenter, follower } = await setUp()
    const bad: [string, unknown][] = [
      ['state', { slideIndex: -1, fragment: 0, cover: null }],
      ['state', { slideIndex: 'NaN', fragment: 0, cover: null }],
      ['state', null],
      ['state', 'next'],
      ['deck', { ...deck, url: 'javascript:alert(1)' }],
      ['pointer', { x: 2, y: 0 }],
      ['shutdown', {}],
      ['__proto__', {}],
    ]
    const emit = presenter as unknown as { emitWithAck: (event: string, ...args: unknown[]) => Promise<Ack> }
    for (const [event, payload] of bad)
      expect(await emit.emitWithAck(event, payload)).toEqual({ ok: false, error: 'invalid' })
    // Two payloads, or none.
    expect(await emit.emitWithAck('state', { slideIndex: 1, fragment: 0, cover: null }, 'extra')).toMatchObject({
      ok: false,
    })
    expect(await emit.emitWithAck('state')).toMatchObject({ ok: false })
    // Over 64 KB.
    const huge = { ...deck, title: 'x'.repeat(relayLimits.messageBytes) }
    expect(await emit.emitWithAck('deck', huge)).toEqual({ ok: false, error: 'too-large' })
    // Binary data.
    expect(await emit.emitWithAck('state', Buffer.alloc(1000))).toEqual({ ok: false, error: 'invalid' })
    expect(await silence(follower, 'state', 200)).toEqual([])
    expect(relay!.stats().dropped).toMatchObject({ invalid: 11, 'too-large': 1 })
    const heard = next(follower, 'state')
    expect(await presenter.emitWithAck('state', { slideIndex: 2, fragment: 0, cover: null })).toEqual({
      ok: true,
      seq: 1,
    })
    expect((await heard).slideIndex).toBe(2)
    expect(presenter.connected && follower.connected).toBe(true)
  })

  it('drops payloads nested deeper than any message, without a crash', async () => {
    const { presenter, follower } = await setUp()
    // Raw Socket.IO packets: the client library itself cannot write one this deep.
    const engine = (presenter.io as unknown as { engine: { send: (data: string) => void } }).engine
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    engine.send(`2["state",${nested(100_000)}]`)
    engine.send(`2["state",{"slideIndex":${nested(50_000)},"fragment":0,"cover":null}]`)
    const heard = next(follower, 'state')
    expect(await presenter.emitWithAck('state', { slideIndex: 1, fragment: 0, cover: null })).toEqual({
      ok: true,
      seq: 1,
    })
    expect((await heard).slideIndex).toBe(1)
    expect(relay!.stats().dropped['too-large']).toBe(2)
  })

  it('limits each connection’s rate, and lets it go on once it slows down', async () => {
    const { presenter, follower } = await setUp()
    const heard: unknown[] = []
    // Drawings, not the pointer: pointer messages are volatile, so a burst loses some on the way anyway.
    follower.on('draw', (draw) => heard.push(draw))
    for (let i = 0; i < 400; i++) presenter.emit('draw', { kind: 'clear', slideIndex: i })
    await new Promise((done) => setTimeout(done, 400))
    const dropped = relay!.stats().dropped['rate-limited']
    expect(dropped).toBeGreaterThan(200)
    expect(heard.length).toBe(400 - dropped)
    expect(heard.length).toBeLessThan(relayLimits.burst + 100)
    await new Promise((done) => setTimeout(done, 1000))
    expect(await presenter.emitWithAck('state', { slideIndex: 1, fragment: 0, cover: null })).toMatchObject({
      ok: true,
    })
  })

  it('takes browsers only from allowed origins', async () => {
    const started = await startRelay({ origins: { any: false, same: true, list: ['https://app.example'] } })
    relay = started.relay
    const allowed = track(connect(started.url, { v: 1 }, { headers: { origin: 'https://app.example' } }))
    await connected(allowed)
    const same = track(connect(started.url, { v: 1 }, { headers: { origin: started.url } }))
    await connected(same)
    const other = track(connect(started.url, { v: 1 }, { headers: { origin: 'https://evil.example' } }))
    await expect(connected(other)).rejects.toThrow()
    expect(relay.stats().refused.origin).toBeGreaterThan(0)
  })
})
