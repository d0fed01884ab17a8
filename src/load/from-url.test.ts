import { describe, expect, test } from 'vitest'
import { preparedDeckJson } from '../render/preparer.ts'
import { DeckLoadFailure, loadDeckFromUrl } from './from-url.ts'

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
    const { deck, source } = await loadDeckFromUrl('/decks/my%20talk.md', { base, fetch })
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

  test('should take a deck already prepared from its own origin, named after the Markdown', async () => {
    const requested: string[] = []
    const fetch = async (input: URL | RequestInfo) => {
      requested.push(String(input))
      return new Response(preparedDeckJson('# One\n\n---\n\n# Two\n\n---\n\n# Three'), {
        headers: { 'content-type': 'application/json' },
      })
    }
    const { deck, source } = await loadDeckFromUrl('/__deck/talk.md', {
      base,
      fetch,
      prepared: '/__deck/prepared.json',
    })
    expect(deck.slides.map((slide) => slide.headings[0]?.text)).toEqual(['One', 'Two', 'Three'])
    expect(source).toEqual({ kind: 'url', name: 'talk.md', url: 'http://localhost:5173/__deck/talk.md' })
    expect(requested).toEqual(['http://localhost:5173/__deck/prepared.json'])
  })

  test('should refuse a prepared deck from another origin, or on a page not on this machine (prepared trees are not sanitised again)', async () => {
    const refused = async (prepared: string, page = base) => {
      const error = await loadDeckFromUrl('/a.md', { base: page, fetch: answer('{}'), prepared }).catch(
        (e: unknown) => e,
      )
      return (error as DeckLoadFailure).failure.code
    }
    expect(await refused('https://elsewhere.example/p.json')).toBe('bad-url')
    expect(await refused('/p.json', 'https://lectern.example/?deck=/a.md')).toBe('bad-url')
  })

  test('should report text the engine refuses', async () => {
    expect((await failure('/binary.md', answer('\u0000\u0001\u0002'.repeat(100)))).code).toBe('not-text')
  })
})
