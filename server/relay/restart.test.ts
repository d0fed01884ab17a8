/**
 * A relay process killed and started again (sessions in memory): both sides
 * reconnect by themselves with the credentials they hold, and the presenter,
 * welcomed with no state, sends its own, so the follower is back on the
 * current slide.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { RelayState, State } from '../../src/relay/protocol.ts'
import { createStateTracker } from '../../src/relay/state-tracker.ts'
import { serve, type Started } from '../test-cli.ts'
import { connect, createSession, next, type ClientSocket } from './test-clients.ts'

const running: Started[] = []
const sockets: ClientSocket[] = []

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close()
  for (const relay of running.splice(0)) {
    relay.child.kill('SIGKILL')
  }
})

async function startRelay(port: number | string = 0): Promise<Started> {
  const relay = await serve(['relay', '--port', String(port)])
  running.push(relay)
  return relay
}

/** Wait until `check` holds (checked every 20 ms). */
async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((done) => setTimeout(done, 20))
  }
}

describe('a relay restarted', { timeout: 60_000 }, () => {
  it('brings the presenter and a follower back to the current slide', async () => {
    const first = await startRelay()
    const url = first.url.origin
    const { presenter, secrets } = await createSession(url)
    sockets.push(presenter)

    // The presenter as the app keeps it: its own state, and on each welcome, the stored one or its own sent.
    let local: State = { slideIndex: 0, fragment: 0, cover: null }
    const welcomes: (RelayState | null)[] = []
    presenter.on('welcome', (welcome) => {
      welcomes.push(welcome.state)
      if (welcome.state === null) presenter.emit('state', local)
    })
    // The follower as the app keeps it: the tracker decides what it shows.
    const tracker = createStateTracker()
    let shown: State | null = null
    const follower = connect(url, { v: 1, session: secrets.session, token: secrets.follow })
    sockets.push(follower)
    follower.on('connect', () => tracker.connected())
    follower.on('welcome', (welcome) => {
      if (welcome.state) shown = tracker.received(welcome.state) ?? shown
    })
    follower.on('state', (state) => (shown = tracker.received(state) ?? shown))
    await next(follower, 'welcome')

    for (const slideIndex of [1, 2, 5]) {
      local = { slideIndex, fragment: slideIndex === 5 ? 1 : 0, cover: null }
      await presenter.emitWithAck('state', local)
    }
    await until(() => shown?.slideIndex === 5)

    first.child.kill('SIGKILL')
    await until(() => !presenter.connected && !follower.connected)
    shown = null
    await startRelay(first.url.port)

    await until(() => shown !== null)
    expect(shown).toEqual({ slideIndex: 5, fragment: 1, cover: null, seq: 1 })
    // The welcome after the restart: no state, so the presenter sent its own.
    expect(welcomes).toEqual([null])
    expect(presenter.connected && follower.connected).toBe(true)
  })
})
