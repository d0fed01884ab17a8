import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentType, fileUnder } from './files.ts'
import { urlPathOf } from './live-reload.ts'
import { deckPagePath } from './deck-target.ts'
import { hostAllowed, lanUrls } from './network.ts'

let scratch: string
let root: string

beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'lectern-files-')))
  root = join(scratch, 'deck')
  mkdirSync(join(root, 'images', 'deep'), { recursive: true })
  mkdirSync(join(root, '.cache'))
  writeFileSync(join(root, 'talk.md'), '# Talk')
  writeFileSync(join(root, 'a b#1?.md'), '# Odd name')
  writeFileSync(join(root, 'images', 'deep', 'pic.png'), 'png')
  writeFileSync(join(root, '.cache', 'x.md'), 'hidden')
  writeFileSync(join(scratch, 'outside.md'), 'outside')
  symlinkSync(join(root, 'images'), join(root, 'pictures'))
  symlinkSync(join(scratch, 'outside.md'), join(root, 'out.md'))
  symlinkSync(join(root, '.cache', 'x.md'), join(root, 'in-hidden.md'))
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('files of the deck’s folder', () => {
  it('finds files and folders linked inside the folder', async () => {
    expect(await fileUnder(root, '/talk.md')).toBe(join(root, 'talk.md'))
    expect(await fileUnder(root, '/images/deep/pic.png')).toBe(join(root, 'images', 'deep', 'pic.png'))
    expect(await fileUnder(root, '/pictures/deep/pic.png')).toBe(join(root, 'images', 'deep', 'pic.png'))
    expect(await fileUnder(root, '/a%20b%231%3F.md')).toBe(join(root, 'a b#1?.md'))
    expect(await fileUnder(root, '//images//deep/pic.png')).toBe(join(root, 'images', 'deep', 'pic.png'))
  })

  it.each([
    ['a parent', '/../outside.md'],
    ['an encoded parent', '/%2e%2e/outside.md'],
    ['an encoded separator', '/images%2f..%2f..%2foutside.md'],
    ['a backslash', '/images\\..\\..\\outside.md'],
    ['a hidden folder', '/.cache/x.md'],
    ['an encoded hidden folder', '/%2Ecache/x.md'],
    ['a current-folder segment', '/./talk.md'],
    ['a NUL', '/talk.md%00'],
    ['a malformed escape', '/%E0%A4%A.md'],
    ['a symlink out of the folder', '/out.md'],
    ['a symlink to a hidden file', '/in-hidden.md'],
    ['a folder', '/images'],
    ['the folder itself', '/'],
    ['a missing file', '/nope.md'],
  ])('refuses %s', async (_, path) => {
    expect(await fileUnder(root, path)).toBeNull()
  })

  it('types text with its charset', () => {
    expect(contentType('a.md')).toBe('text/markdown; charset=utf-8')
    expect(contentType('a.svg')).toBe('image/svg+xml; charset=utf-8')
    expect(contentType('a.png')).toBe('image/png')
    expect(contentType('a.unknown-ext')).toBe('application/octet-stream')
  })
})

describe('deck URLs', () => {
  it('are written as the browser writes the deck parameter’s path', () => {
    expect(deckPagePath('/__deck/', 'talk.md')).toBe('/?deck=/__deck/talk.md')
    const odd = deckPagePath('/__deck/', 'a b#1?.md')
    const deck = new URLSearchParams(odd.slice(2)).get('deck')!
    // The page resolves the parameter as a URL: it must name the file, fragment and query characters included.
    expect(new URL(deck, 'http://localhost/').pathname).toBe(urlPathOf(root, '/__deck/', join(root, 'a b#1?.md')))
    expect(urlPathOf(root, '/__deck/', join(root, 'a b#1?.md'))).toBe('/__deck/a%20b%231%3F.md')
  })
})

describe('host names', () => {
  it('are IP addresses, localhost, or the --host name', () => {
    for (const host of ['127.0.0.1:4800', 'localhost:4800', '[::1]:4800', '192.168.1.5', 'app.localhost:1', undefined])
      expect(hostAllowed(host, '127.0.0.1'), String(host)).toBe(true)
    expect(hostAllowed('slides.lan:4800', 'slides.lan')).toBe(true)
    for (const host of ['evil.example', 'evil.example:4800', 'localhost.evil.example'])
      expect(hostAllowed(host, '127.0.0.1'), host).toBe(false)
  })

  it('reach other devices only off loopback', () => {
    expect(lanUrls('127.0.0.1', 4800)).toEqual([])
    expect(lanUrls('192.168.1.5', 4800)).toEqual(['http://192.168.1.5:4800/'])
    for (const url of lanUrls('0.0.0.0', 4800)) expect(url).toMatch(/^http:\/\/[\d.]+:4800\/$/)
  })
})
