/**
 * The `lectern` command (package.json `bin`, built to lib/lectern.js):
 *
 * - `lectern [deck.md | folder]`: serve the app with the deck and its folder,
 *   live reload and a relay, and open the browser;
 * - `lectern pdf deck.md …`: the deck as a PDF;
 * - `lectern relay`: a relay alone, for the hosted app (`?relay=URL`).
 *
 * A mistake (a missing file, a file that is not Markdown, a port in use) is
 * one line on stderr, `lectern: …`, and exit code 1 (2 for a wrong option).
 */
import { existsSync, readFileSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { readCommand, usage, type Command } from './cli-args.ts'
import { deckPagePath, resolveDeckTarget } from './deck-target.ts'
import { CliError, isLoopback, redisAddress } from './network.ts'
import { fromSources, packageRoot } from './package-root.ts'
import type { RunningServer } from './server.ts'

// The server (Socket.IO, Redis) and the exporter load only when used: a mistake is told at once.
const loadServer = () => import('./server.ts')

const log = (line: string) => console.error(line)

/** How to write the host in a URL for this machine's browser. */
function browserHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '127.0.0.1') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}

/** Stop cleanly on Ctrl+C (a second one stops at once). */
function stopOnSignal(server: RunningServer): void {
  let stopping = false
  const stop = () => {
    if (stopping) process.exit(130)
    stopping = true
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function relayLine(): string {
  const redis = process.env.REDIS_URL
  return redis
    ? `Relay sessions are shared through Redis at ${redisAddress(redis)}.`
    : 'Relay sessions are kept in this process (set REDIS_URL to share them).'
}

async function serve(command: Extract<Command, { kind: 'serve' }>): Promise<void> {
  const target = await resolveDeckTarget(command.target)
  const root = packageRoot()
  const app = resolve(process.env.LECTERN_APP_DIR || join(root, 'dist'))
  if (!existsSync(join(app, 'index.html')))
    throw new CliError(
      fromSources(root)
        ? 'the app is not built: run npm run build first'
        : `the app is missing from this install (${app})`,
    )
  const { deckMount, startServer } = await loadServer()
  const server = await startServer({
    host: command.host,
    port: command.port,
    site: { app: await realpath(app), deckRoot: target.root },
    origins: { any: command.origins.includes('*'), same: true, list: command.origins },
    redisUrl: process.env.REDIS_URL || undefined,
    log,
  })
  stopOnSignal(server)
  const base = `http://${browserHost(command.host)}:${server.port}`
  const url = base + deckPagePath(deckMount, target.open)
  const lines = [`Lectern is presenting ${target.open} from ${target.root}`, `  ${url}`]
  const others = target.decks.filter((deck) => deck !== target.open)
  for (const deck of others.slice(0, 10)) lines.push(`  ${base}${deckPagePath(deckMount, deck)}  (${deck})`)
  if (others.length > 10) lines.push(`  … and ${others.length - 10} more decks in this folder`)
  if (server.lan[0])
    lines.push(`On your network: ${server.lan[0].replace(/\/$/, '')}${deckPagePath(deckMount, target.open)}`)
  else if (isLoopback(command.host))
    lines.push('Only this machine can connect: add --host 0.0.0.0 for a phone or the audience.')
  lines.push(relayLine(), 'Press Ctrl+C to stop.')
  console.log(lines.join('\n'))
  if (command.open) {
    try {
      const { default: open } = await import('open')
      const browser = await open(url)
      browser.on('error', () => log(`Open ${url} in your browser.`))
    } catch {
      log(`Open ${url} in your browser.`)
    }
  }
}

async function relay(command: Extract<Command, { kind: 'relay' }>): Promise<void> {
  const any = command.origins.length === 0 || command.origins.includes('*')
  const { startServer } = await loadServer()
  const server = await startServer({
    host: command.host,
    port: command.port,
    origins: { any, same: true, list: command.origins },
    redisUrl: process.env.REDIS_URL || undefined,
    log,
  })
  stopOnSignal(server)
  const lines = [`Lectern relay on http://${browserHost(command.host)}:${server.port}/`]
  for (const url of server.lan) lines.push(`  on your network: ${url}`)
  lines.push(
    any
      ? 'Pages from any origin may connect (limit them with --origin).'
      : `Pages may connect from ${command.origins.join(', ')}.`,
    relayLine(),
    'Press Ctrl+C to stop.',
  )
  console.log(lines.join('\n'))
}

async function main(args: string[]): Promise<void> {
  const command = readCommand(args)
  if (command.kind === 'help') console.log(usage)
  else if (command.kind === 'version') {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
    console.log(version)
  } else if (command.kind === 'pdf') await (await import('./pdf-command.ts')).runPdf(command)
  else if (command.kind === 'relay') await relay(command)
  else await serve(command)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`lectern: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(error instanceof CliError ? error.exitCode : 1)
})
