/**
 * The relay under an audience: 300 followers (socket.io-client in Node,
 * WebSocket, loopback) and one presenter. Times a key press (the presenter's
 * `state`) until every follower has it, and the relay's memory per follower.
 * The relay runs in a child process (in memory, no Redis), so its memory is
 * its own; the followers share this process, so "all updated" includes this
 * process reading 300 messages one after another.
 *
 * The relay's CPU time per key press does not depend on what else the
 * machine runs, unlike the times.
 *
 * `npx tsx bench/relay.ts [followers] [moves]` runs it alone.
 */
import { fork } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { attachRelay } from '../server/relay/relay.ts'
import { connect, createSession, next, type ClientSocket } from '../server/relay/test-clients.ts'

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN
}
const ms = (value: number) => `${value.toFixed(1)} ms`
const sleep = (time: number) => new Promise((done) => setTimeout(done, time))

type Memory = NodeJS.MemoryUsage

/** The child: a relay on a free loopback port; answers `memory` with its usage after collecting garbage. */
async function serveRelay(): Promise<void> {
  const http = createServer()
  attachRelay(http, { origins: { any: true, same: true, list: [] } })
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done))
  process.send!({ port: (http.address() as AddressInfo).port })
  process.on('message', (message) => {
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() })
    if (message !== 'memory') return
    for (let i = 0; i < 3; i++) globalThis.gc?.()
    process.send!({ memory: process.memoryUsage() })
  })
  process.on('disconnect', () => process.exit(0))
}

export async function benchRelay(followers = 300, moves = 60): Promise<[string, string][]> {
  const child = fork(fileURLToPath(import.meta.url), ['--relay'], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ask = <T>(key: string, send?: string) =>
    new Promise<T>((resolve) => {
      const listener = (message: Record<string, unknown>) => {
        if (!(key in message)) return
        child.off('message', listener)
        resolve(message[key] as T)
      }
      child.on('message', listener)
      if (send) child.send(send)
    })
  const sockets: ClientSocket[] = []
  try {
    const port = await ask<number>('port')
    const url = `http://127.0.0.1:${port}`
    const { presenter, secrets } = await createSession(url, {
      url: '/__deck/bench.md',
      id: 'bench',
      slides: 1000,
      title: 'Bench',
    })
    sockets.push(presenter)
    await sleep(300)
    const before = await ask<Memory>('memory', 'memory')

    // Followers join in groups, as an audience scanning a QR code would (not all in one millisecond).
    const started = performance.now()
    for (let i = 0; i < followers; i += 50) {
      const group = Array.from({ length: Math.min(50, followers - i) }, () =>
        connect(url, { v: 1, session: secrets.session, token: secrets.follow }),
      )
      sockets.push(...group)
      await Promise.all(group.map((socket) => next(socket, 'welcome', 20_000)))
    }
    const joined = performance.now() - started
    await sleep(500)
    const after = await ask<Memory>('memory', 'memory')

    const all: number[] = []
    const each: number[] = []
    const cpuBefore = await ask<NodeJS.CpuUsage>('cpu', 'cpu')
    for (let move = 1; move <= moves; move++) {
      const arrived: number[] = []
      const done = new Promise<void>((resolve) => {
        for (const socket of sockets.slice(1))
          socket.once('state', () => {
            arrived.push(performance.now())
            if (arrived.length === followers) resolve()
          })
      })
      const pressed = performance.now()
      presenter.emit('state', { slideIndex: move, fragment: 0, cover: null })
      await done
      all.push(Math.max(...arrived) - pressed)
      each.push(...arrived.map((time) => time - pressed))
      // About two key presses a second, as a talk goes.
      await sleep(100)
    }

    const cpuAfter = await ask<NodeJS.CpuUsage>('cpu', 'cpu')
    const relayCpu = (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000 / moves
    const perFollower = (key: keyof Memory) => `${((after[key] - before[key]) / followers / 1024).toFixed(1)} KiB`
    return [
      [`relay (${followers} followers, socket.io-client over loopback, ${moves} key presses)`, ''],
      ['  followers joined (welcome received)', ms(joined)],
      ['  key → all followers updated, p50 / p95', `${ms(percentile(all, 0.5))} / ${ms(percentile(all, 0.95))}`],
      ['  key → one follower updated, p50 / p95', `${ms(percentile(each, 0.5))} / ${ms(percentile(each, 0.95))}`],
      ['  relay CPU time per key press (all followers)', ms(relayCpu)],
      ['  relay memory per follower (heap / RSS)', `${perFollower('heapUsed')} / ${perFollower('rss')}`],
    ]
  } finally {
    for (const socket of sockets) socket.close()
    child.disconnect()
  }
}

if (process.argv.includes('--relay')) await serveRelay()
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [followers, moves] = process.argv.slice(2).map(Number)
  for (const [label, value] of await benchRelay(followers || undefined, moves || undefined))
    console.log(`${label.padEnd(48)}  ${value}`)
}
