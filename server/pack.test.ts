/**
 * The package as users get it: `npm pack` (its `prepack` builds the app,
 * the exporter and the command), installed with `npm install <tgz>` in an
 * empty folder, then `lectern DECK --no-open` serves the deck and runs the
 * relay. Slow (a build and an install, ~1 min on CI's machine): runs when
 * LECTERN_PACK_TEST=1 (.ci/run sets it). Needs the npm registry for the
 * command's dependencies (the npm cache is tried first).
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from './relay/test-clients.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

describe.skipIf(process.env.LECTERN_PACK_TEST !== '1')('the packed package', { timeout: 600_000 }, () => {
  let scratch: string
  let install: string
  let lectern: string

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'lectern-pack-'))
    // Vitest's NODE_ENV=test would make `prepack`'s builds development builds (React's, for one).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
    )
    execFileSync(npm, ['pack', '--pack-destination', scratch], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, string>
    install = join(scratch, 'install')
    mkdirSync(install)
    execFileSync(
      npm,
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, `${name}-${version}.tgz`)],
      {
        cwd: install,
        stdio: 'ignore',
      },
    )
    lectern = join(install, 'node_modules', '.bin', 'lectern')
    mkdirSync(join(scratch, 'deck', 'images'), { recursive: true })
    writeFileSync(join(scratch, 'deck', 'talk.md'), '# Packed\n\n![](images/a.svg)\n')
    writeFileSync(join(scratch, 'deck', 'images', 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  }, 600_000)

  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('ships built JavaScript, not TypeScript sources', () => {
    const shipped = join(install, 'node_modules', 'lectern')
    const files = readdirSync(shipped, { recursive: true, encoding: 'utf8' })
    expect(files.filter((file) => /\.tsx?$/.test(file))).toEqual([])
    for (const file of ['lib/lectern.js', 'dist/index.html', '.cache/pdf/pdf.cjs'])
      expect(existsSync(join(shipped, file)), file).toBe(true)
    // A production build of the app: React's development build says this.
    const scripts = files.filter((file) => /^dist\/assets\/.*\.js$/.test(file))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) expect(readFileSync(join(shipped, file), 'utf8')).not.toContain('React DevTools')
    expect(execFileSync(lectern, ['--help'], { encoding: 'utf8' })).toMatch(/^Usage: lectern/)
  })

  it('serves a deck with lectern DECK --no-open, and its relay', async () => {
    const child = spawn(lectern, [join(scratch, 'deck', 'talk.md'), '--no-open', '--port', '0'], {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk) => {
          out += chunk
          const found = /http:\/\/localhost:(\d+)\/\S*/.exec(out)
          if (found) resolve(new URL(found[0].replace('localhost', '127.0.0.1')))
        })
        child.on('exit', (code) => reject(new Error(`lectern exited with ${code}: ${out}`)))
      })
      expect(url.search).toBe('?deck=/__deck/talk.md')
      const page = await (await fetch(new URL('/', url))).text()
      expect(page).toContain('<meta name="lectern-server"')
      // The entry is a module preload the head script starts (scripts/vite-first-paint.ts).
      const script = /(?:src|href)="\.\/(assets\/[^"]+\.js)"/.exec(page)![1]!
      expect((await fetch(new URL(`/${script}`, url))).status).toBe(200)
      expect(await (await fetch(new URL('/__deck/talk.md', url))).text()).toBe('# Packed\n\n![](images/a.svg)\n')
      expect((await fetch(new URL('/__deck/images/a.svg', url))).status).toBe(200)
      const { presenter, welcome } = await createSession(url.origin)
      expect(welcome.role).toBe('presenter')
      presenter.close()
    } finally {
      child.kill('SIGTERM')
    }
    const code = await new Promise((done) => (child.exitCode !== null ? done(child.exitCode) : child.on('exit', done)))
    expect(code).toBe(0)
  })
})
