import { describe, expect, test } from 'vitest'
import { parseDeck } from '../deck/index.ts'
import { preparedDeckJson } from '../render/preparer.ts'
import { DeckLoadFailure, loadDeckFromUrl } from './from-url.ts'
import { signatureHeader } from './signature.ts'

const base = 'http://localhost:5173/?deck=x'

/** A fetch that answers every request with this response. */
const answer =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init)

async function failure(url: string, fetch: typeof globalThis.fetch) {
  const error = await loadDeckFromUrl(url, { base, fetch }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(DeckLoadFailure)
  return (error as DeckLoadFailure).failure
}

describe('loadDeckFromUrl', () => {
  test('should parse the Markdown and name the deck after the file', async () => {
    const requested: string[] = []
    const fetch = async (input: URL | RequestInfo) => {
      requested.push(String(input))
      return new Response('# One\n\n---\n\n# Two', { headers: { 'content-type': 'text/markdown' } })
    }
    // The page parses in a worker; here the engine runs in the test's own thread.
    const parse = (text: string) => {
      const deck = parseDeck(text)
      return { first: Promise.resolve(deck), whole: Promise.resolve(deck) }
    }
    const { deck, source } = await loadDeckFromUrl('/decks/my%20talk.md', { base, fetch, parse })
    expect(deck.slides).toHaveLength(2)
    expect(source).toEqual({ kind: 'url', name: 'my talk.md', url: 'http://localhost:5173/decks/my%20talk.md' })
    expect(requested).toEqual(['http://localhost:5173/decks/my%20talk.md'])
  })

  test('should report an HTTP error with its status', async () => {
    expect(await failure('/a.md', answer('', { status: 404, statusText: 'Not Found' }))).toEqual({
      url: '/a.md',
      code: 'http',
      detail: '404 Not Found',
    })
  })

  test('should refuse a web page, as dev servers send for unknown paths', async () => {
    const page = answer('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } })
    expect((await failure('/missing.md', page)).code).toBe('html')
  })

  test('should report a network failure with the browser’s message', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await failure('https://elsewhere.example/a.md', offline)).toEqual({
      url: 'https://elsewhere.example/a.md',
      code: 'network',
      detail: 'Failed to fetch',
    })
  })

  test('should refuse URLs that are not http(s)', async () => {
    expect((await failure('javascript:alert(1)', answer(''))).code).toBe('bad-url')
    expect((await failure('file:///etc/passwd', answer(''))).code).toBe('bad-url')
  })

  const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
  const randomKey = () => crypto.getRandomValues(new Uint8Array(32))

  /** A fetch that serves a prepared deck, signed with `key` (the exporter's way, here with Web Crypto). */
  async function signedFetch(key: Uint8Array<ArrayBuffer>, signWith = key) {
    const body = preparedDeckJson('# One\n\n---\n\n# Two\n\n---\n\n# Three')
    const hmac = await crypto.subtle.importKey('raw', signWith, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    const signature = base64(new Uint8Array(await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(body))))
    const requested: string[] = []
    const fetch = async (input: URL | RequestInfo) => {
      requested.push(String(input))
      return new Response(body, { headers: { 'content-type': 'application/json', [signatureHeader]: signature } })
    }
    return { fetch, requested }
  }

  test('should take a deck prepared and signed by the exporter, named after the Markdown', async () => {
    const key = randomKey()
    const { fetch, requested } = await signedFetch(key)
    const { deck, source } = await loadDeckFromUrl('/__deck/talk.md', {
      base,
      fetch,
      prepared: '/__deck/prepared.json',
      exportKey: base64(key),
    })
    expect(deck.slides.map((slide) => slide.headings[0]?.text)).toEqual(['One', 'Two', 'Three'])
    expect(source).toEqual({ kind: 'url', name: 'talk.md', url: 'http://localhost:5173/__deck/talk.md' })
    expect(requested).toEqual(['http://localhost:5173/__deck/prepared.json'])
  })

  test('should refuse a prepared deck without the exporter’s key, or signed with another (prepared trees are not sanitised again)', async () => {
    const key = randomKey()
    const refused = async (options: { exportKey?: string | null; signWith?: Uint8Array<ArrayBuffer> }) => {
      const { fetch } = await signedFetch(key, options.signWith)
      const error = await loadDeckFromUrl('/a.md', {
        base,
        fetch,
        prepared: '/p.json',
        exportKey: options.exportKey ?? null,
      }).catch((e: unknown) => e)
      return (error as DeckLoadFailure).failure.code
    }
    expect(await refused({})).toBe('unsigned')
    expect(await refused({ exportKey: base64(key), signWith: randomKey() })).toBe('unsigned')
  })

  test('should say what a response is when it is not a Markdown deck', async () => {
    expect((await failure('/a.md', answer(''))).code).toBe('empty')
    expect((await failure('/a.md', answer('  \n '))).code).toBe('empty')
    expect(await failure('/logo.svg', answer('<svg/>', { headers: { 'content-type': 'image/svg+xml' } }))).toEqual({
      url: '/logo.svg',
      code: 'not-markdown',
      detail: 'image',
    })
    expect((await failure('/talk', answer('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }))).code).toBe(
      'not-markdown',
    )
  })

  test('should stop reading past 8 MB, and say so', async () => {
    let sent = 0
    const endless = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += 1024 * 1024
            controller.enqueue(new Uint8Array(1024 * 1024).fill(0x61))
          },
        }),
      )
    const result = await failure('/huge.md', endless)
    expect(result.code).toBe('too-large')
    expect(sent).toBeLessThanOrEqual(10 * 1024 * 1024)
    const declared = answer('x', { headers: { 'content-length': String(50 * 1024 * 1024) } })
    expect((await failure('/declared.md', declared)).code).toBe('too-large')
  })

  test('should give up on a server that sends nothing, within the time limit', async () => {
    const stalled = (_: URL | RequestInfo, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const started = Date.now()
    const error = await loadDeckFromUrl('/slow.md', { base, fetch: stalled, timeoutMs: 300 }).catch((e: unknown) => e)
    expect((error as DeckLoadFailure).failure).toEqual({ url: '/slow.md', code: 'timeout', detail: '0.3 s' })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('should report text the engine refuses', async () => {
    expect((await failure('/binary.md', answer('\u0000\u0001\u0002'.repeat(100)))).code).toBe('not-text')
  })
})
