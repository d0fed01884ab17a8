/**
 * A headless Chromium driven over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: JSON messages ended by NUL on file descriptors
 * 3 and 4). The PDF command needs four commands of it; talking to Chromium
 * directly saves loading Playwright (about 0.35 s) on every export.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'

/** A DevTools session on one page. */
export interface CdpPage {
  /** Send a command to the page's session. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>
  /** Called for every event of the page's session. */
  onEvent(listener: (method: string, params: Record<string, unknown>) => void): void
}

/** A running browser. */
export interface CdpBrowser {
  /** A new page (tab), attached. */
  newPage(): Promise<CdpPage>
  /** Close the browser and remove its profile. */
  close(): Promise<void>
}

interface Pending {
  resolve: (value: Record<string, unknown>) => void
  reject: (error: Error) => void
  method: string
}

/**
 * Flags for a quiet headless Chromium that calls nobody. Headless Chromium
 * is the whole browser with its windows hidden: without the `WebUIOmnibox…`
 * and `PreloadTopChromeWebUI` features off, it builds its address bar's
 * pop-up (a web page of its own) at start, ~0.55 s of CPU of the ~0.95 s it
 * spends in its first second.
 */
const flags = [
  '--headless',
  '--remote-debugging-pipe',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--hide-scrollbars',
  '--no-startup-window',
  '--disable-field-trial-config',
  '--disable-features=PaintHolding,OptimizationHints,NetworkTimeServiceQuerying,MediaRouter,PreconnectToSearch,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
]

/** Chromium stopped (crashed, or killed) while it was being used. */
export class ChromiumExited extends Error {
  constructor(code: number | null) {
    super(`Chromium exited (code ${code})`)
    this.name = 'ChromiumExited'
  }
}

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /** Viewport size, `[width, height]` (default 1280×720). */
  windowSize?: [number, number]
  /**
   * Browser, page and PDF making in one process (`--single-process`): a
   * quarter faster to print, as the pages are not copied to another process
   * to become a PDF, but unsupported by Chromium, so callers should be ready
   * to try again without it.
   */
  singleProcess?: boolean
}

/**
 * Start Chromium.
 *
 * @param executablePath Chromium or Chrome.
 */
export function launchChromium(executablePath: string, options: LaunchOptions = {}): CdpBrowser {
  const { windowSize = [1280, 720], singleProcess = false } = options
  const profile = mkdtempSync(join(tmpdir(), 'lectern-chromium-'))
  const args = [
    ...flags,
    ...(singleProcess ? ['--single-process'] : []),
    `--user-data-dir=${profile}`,
    `--window-size=${windowSize.join(',')}`,
  ]
  const child: ChildProcess = spawn(executablePath, args, {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  })
  const input = child.stdio[3] as Writable
  const output = child.stdio[4] as Readable
  const pending = new Map<number, Pending>()
  const listeners = new Map<string, (method: string, params: Record<string, unknown>) => void>()
  let nextId = 1
  let buffered = ''
  let exited: Error | null = null

  const failAll = (error: Error) => {
    exited = error
    for (const call of pending.values()) call.reject(error)
    pending.clear()
  }
  child.on('error', (error) => failAll(error))
  child.on('exit', (code) => failAll(new ChromiumExited(code)))
  input.on('error', () => {})

  output.setEncoding('utf8')
  output.on('data', (chunk: string) => {
    buffered += chunk
    let end: number
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number
        method?: string
        params?: Record<string, unknown>
        result?: Record<string, unknown>
        error?: { message: string }
        sessionId?: string
      }
      buffered = buffered.slice(end + 1)
      if (message.id !== undefined) {
        const call = pending.get(message.id)
        pending.delete(message.id)
        if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`))
        else call?.resolve(message.result ?? {})
      } else if (message.method && message.sessionId) {
        listeners.get(message.sessionId)?.(message.method, message.params ?? {})
      }
    }
  })

  const send = <T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> => {
    if (exited) return Promise.reject(exited)
    const id = nextId++
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
    return new Promise<T>((resolve, reject) =>
      pending.set(id, { resolve: resolve as Pending['resolve'], reject, method }),
    )
  }

  return {
    async newPage() {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
      return {
        send: (method, params) => send(method, params, sessionId),
        onEvent: (listener) => void listeners.set(sessionId, listener),
      }
    },
    async close() {
      // The work is done and the profile is thrown away: no graceful shutdown to wait for.
      if (!exited) child.kill('SIGKILL')
      input.destroy()
      output.destroy()
      child.unref()
      // The profile goes once its helper processes have gone too, without holding this process.
      spawn('sh', ['-c', 'sleep 2; rm -rf "$0"', profile], { detached: true, stdio: 'ignore' }).unref()
    },
  }
}
