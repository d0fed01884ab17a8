/** The `lectern` command run as a user runs it, from its sources, for tests. */
import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const main = fileURLToPath(new URL('./main.ts', import.meta.url))

/** What a finished command said. */
export interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** Commands still running: stopped when the test process ends, whatever a test did. */
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/** Start `lectern ARGS` (through tsx); `env` is added to this process's. */
export function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** Run `lectern ARGS` to its end. */
export function run(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<Finished> {
  const child = start(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`lectern ${args.join(' ')} did not end within ${timeoutMs} ms`))
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** A server started by `lectern`: its process and the first URL it printed. */
export interface Started {
  child: ChildProcess
  url: URL
  stdout: string
  /** Stop it (SIGTERM) and wait: resolves with its exit code. */
  stop(): Promise<number | null>
}

/** Start a server and wait until it prints where it listens. */
export function serve(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<Started> {
  const child = start(args, env)
  let stdout = ''
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`lectern ${args.join(' ')} printed no URL within ${timeoutMs} ms: ${stdout}${stderr}`))
    }, timeoutMs)
    child.stdout!.on('data', (chunk) => {
      stdout += chunk
      const found = /http:\/\/\S+/.exec(stdout)
      if (!found || !stdout.includes('Ctrl+C')) return
      clearTimeout(timer)
      // The server listens on 127.0.0.1; `localhost` might be tried as ::1 first.
      const url = new URL(found[0])
      if (url.hostname === 'localhost') url.hostname = '127.0.0.1'
      resolve({
        child,
        url,
        stdout,
        stop: () => {
          child.kill('SIGTERM')
          return exited
        },
      })
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`lectern exited (${code}) before listening: ${stderr}`))
    })
  })
}

/**
 * A GET with the path sent exactly as written (`fetch` would resolve `..`
 * and percent-encode first), and optional headers.
 */
export function rawGet(
  base: URL,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: base.hostname, port: base.port, path, method, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    call.on('error', reject)
    call.end()
  })
}
