/**
 * The `lectern` command as a user runs it (a spawned process): clear
 * one-line mistakes with their exit codes, the deck's folder served and
 * nothing else, the app's page, and live reload.
 */
import { get } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawGet, run, serve, type Started } from './test-cli.ts'

const secret = 'SECRET-do-not-serve'
let scratch: string
let folder: string
let app: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
  folder = join(scratch, 'talks')
  app = join(scratch, 'app')
  mkdirSync(join(folder, 'images'), { recursive: true })
  mkdirSync(join(folder, '.git'))
  mkdirSync(join(folder, 'empty'))
  mkdirSync(join(scratch, 'outside'))
  mkdirSync(join(app, 'assets'), { recursive: true })
  writeFileSync(join(folder, 'talk.md'), '# Talk\n\n![](images/pic.svg)\n')
  writeFileSync(join(folder, 'an other.md'), '# Other\n')
  writeFileSync(join(folder, 'images', 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(folder, 'page.html'), '<script>alert(1)</script>')
  writeFileSync(join(folder, 'notes.txt'), 'notes')
  writeFileSync(join(folder, '.env'), secret)
  writeFileSync(join(folder, '.hidden.md'), secret)
  writeFileSync(join(folder, '.git', 'config'), secret)
  writeFileSync(join(scratch, 'outside', 'secret.md'), secret)
  symlinkSync(join(scratch, 'outside', 'secret.md'), join(folder, 'link-out.md'))
  symlinkSync(join(scratch, 'outside'), join(folder, 'link-dir'))
  symlinkSync(join(folder, '.env'), join(folder, 'link-dot.md'))
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html><head><title>Lectern</title><script id="vite-plugin-pwa:register-sw" src="./registerSW.js" defer></script></head><body></body></html>',
  )
  writeFileSync(join(app, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(app, 'sw.js'), '/* service worker */')
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Exactly one line on stderr, naming the command; nothing on stdout. */
function expectOneLine(result: { stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^lectern: /)
  expect(lines[0]).toMatch(pattern)
}

// Each case starts Node with a TypeScript loader: seconds on a busy machine.
describe('lectern: mistakes', { timeout: 60_000 }, () => {
  it('names a missing file', async () => {
    const result = await run([join(scratch, 'nope.md'), '--no-open'])
    expect(result.code).toBe(1)
    expectOneLine(result, /no such file or folder: .*nope\.md/)
  })

  it('refuses a file that is not Markdown, a hidden deck and a folder without decks', async () => {
    const [text, hidden, empty] = await Promise.all([
      run([join(folder, 'notes.txt'), '--no-open']),
      run([join(folder, '.hidden.md'), '--no-open']),
      run([join(folder, 'empty'), '--no-open']),
    ])
    expect([text.code, hidden.code, empty.code]).toEqual([1, 1, 1])
    expectOneLine(text, /notes\.txt is not a Markdown file/)
    expectOneLine(hidden, /hidden file/)
    expectOneLine(empty, /no Markdown deck/)
  })

  it('says a port is in use', async () => {
    const taken: Server = createServer()
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done))
    const port = (taken.address() as { port: number }).port
    try {
      const result = await run([join(folder, 'talk.md'), '--no-open', '--port', String(port)], {
        LECTERN_APP_DIR: app,
      })
      expect(result.code).toBe(1)
      expectOneLine(result, new RegExp(`port ${port} is in use`))
    } finally {
      taken.close()
    }
  })

  it('exits with 2 on a wrong option', async () => {
    const [unknown, port, folderPdf] = await Promise.all([
      run(['--bogus']),
      run(['--port', 'eighty']),
      run(['pdf', folder]),
    ])
    expect([unknown.code, port.code, folderPdf.code]).toEqual([2, 2, 2])
    expectOneLine(unknown, /unknown option --bogus/)
    expectOneLine(port, /--port takes a number/)
    expectOneLine(folderPdf, /takes a deck file, not a folder/)
  })
})

describe('lectern deck.md', { timeout: 30_000 }, () => {
  let server: Started
  const get_ = (path: string, headers: Record<string, string> = {}) => rawGet(server.url, path, headers)

  beforeAll(async () => {
    server = await serve([join(folder, 'talk.md'), '--no-open', '--port', '0'], { LECTERN_APP_DIR: app })
  }, 60_000)
  afterAll(async () => {
    // Ctrl+C (SIGTERM here) stops it cleanly.
    if (server) expect(await server.stop()).toBe(0)
  })

  it('prints the deck’s URL and the folder’s other decks', () => {
    expect(server.url.pathname + server.url.search).toBe('/?deck=/__deck/talk.md')
    expect(server.stdout).toContain('/?deck=/__deck/an%20other.md')
    expect(server.stdout).not.toMatch(/hidden|link-out|link-dot/)
  })

  it('serves the app with what this server offers, without the service worker', async () => {
    const page = await get_('/')
    expect(page.status).toBe(200)
    const meta = /<meta name="lectern-server" content="([^"]*)">/.exec(page.body)
    expect(JSON.parse(meta![1]!.replace(/&quot;/g, '"'))).toEqual({
      v: 1,
      relay: true,
      events: '/__lectern/events',
      lan: [],
    })
    expect(page.body).not.toContain('registerSW')
    expect((await get_('/sw.js')).status).toBe(404)
    const asset = await get_('/assets/index-abc.js')
    expect(asset.status).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
  })

  it('serves the deck and its images, sandboxed', async () => {
    const deck = await get_('/__deck/talk.md')
    expect(deck.status).toBe(200)
    expect(deck.body).toBe('# Talk\n\n![](images/pic.svg)\n')
    expect(deck.headers['content-type']).toMatch(/^text\/markdown/)
    expect((await get_('/__deck/an%20other.md')).body).toBe('# Other\n')
    const image = await get_('/__deck/images/pic.svg')
    expect(image.headers['content-type']).toMatch(/^image\/svg\+xml/)
    const html = await get_('/__deck/page.html')
    expect(html.headers['content-security-policy']).toBe('sandbox')
  })

  it.each([
    '/__deck/../package.json',
    '/__deck/../../../../etc/passwd',
    '/__deck/%2e%2e/outside/secret.md',
    '/__deck/..%2foutside%2fsecret.md',
    '/__deck/images/..%5c..%5coutside%5csecret.md',
    '/__deck/.env',
    '/__deck/%2eenv',
    '/__deck/.git/config',
    '/__deck/.hidden.md',
    '/__deck/link-out.md',
    '/__deck/link-dir/secret.md',
    '/__deck/link-dot.md',
    '/__deck/images/',
    '/__deck/talk.md%00.png',
    '/__deck/',
  ])('refuses %s', async (path) => {
    const response = await get_(path)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain(secret)
  })

  it('answers only to names no other site can take (DNS rebinding), and only GET', async () => {
    expect((await get_('/__deck/talk.md', { host: 'evil.example' })).status).toBe(403)
    expect((await get_('/__deck/talk.md', { host: `localhost:${server.url.port}` })).status).toBe(200)
    expect((await rawGet(server.url, '/__deck/talk.md', {}, 'POST')).status).toBe(405)
  })

  it('tells pages when the deck changes on disk', async () => {
    await get_('/__deck/talk.md')
    const events: string[] = []
    const stream = get(new URL('/__lectern/events', server.url), (response) => {
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => events.push(chunk))
    })
    try {
      await new Promise((done) => setTimeout(done, 300))
      writeFileSync(join(folder, 'talk.md'), '# Talk, edited\n')
      writeFileSync(join(folder, 'an other.md'), '# Other, edited\n')
      const started = Date.now()
      while (!events.join('').includes('an%20other') && Date.now() - started < 5000)
        await new Promise((done) => setTimeout(done, 50))
      const text = events.join('')
      expect(text).toContain('event: lectern:deck-changed\ndata: {"path":"/__deck/talk.md"}\n\n')
      expect(text).toContain('data: {"path":"/__deck/an%20other.md"}')
      // Written once each: one event each.
      expect(text.match(/talk\.md/g)).toHaveLength(1)
    } finally {
      stream.destroy()
    }
  })
})

describe('lectern folder', { timeout: 60_000 }, () => {
  it('opens the folder’s first deck and lists the others', async () => {
    const server = await serve([folder, '--no-open', '--port', '0'], { LECTERN_APP_DIR: app })
    try {
      expect(server.url.search).toBe('?deck=/__deck/an%20other.md')
      expect(server.stdout).toContain('/?deck=/__deck/talk.md')
    } finally {
      await server.stop()
    }
  })
})
