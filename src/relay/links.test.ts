import { describe, expect, it } from 'vitest'
import { joinFragment, readJoinFragment, relayEndpoint, sessionLink } from './links.ts'
import { readServerInfo } from './server-info.ts'

const credentials = { session: 'AbCdEfGhIjKlMnOpQrStUv', token: 'x'.repeat(22) }

describe('session links', () => {
  it('carry the credentials in the fragment, and read them back', () => {
    expect(joinFragment(credentials)).toBe(`#join=${credentials.session}.${credentials.token}`)
    expect(readJoinFragment(joinFragment(credentials))).toEqual(credentials)
    expect(readJoinFragment(joinFragment(credentials).slice(1))).toEqual(credentials)
  })

  it('read nothing from a slide hash or a damaged fragment', () => {
    expect(readJoinFragment('#5')).toBeNull()
    expect(readJoinFragment('')).toBeNull()
    expect(readJoinFragment('#join=short.token')).toBeNull()
    expect(readJoinFragment(`#join=${credentials.session}.${credentials.token}.more`)).toBeNull()
  })

  it('open a view of the deck on another device, naming a relay elsewhere', () => {
    const link = sessionLink({
      app: 'http://192.168.1.5:4800/?deck=old#3',
      deck: '/__deck/talk one.md',
      relay: null,
      view: 'follow',
      credentials,
    })
    const url = new URL(link)
    expect(url.origin).toBe('http://192.168.1.5:4800')
    expect(url.searchParams.get('deck')).toBe('/__deck/talk one.md')
    expect(url.searchParams.get('view')).toBe('follow')
    expect(url.searchParams.has('relay')).toBe(false)
    expect(readJoinFragment(url.hash)).toEqual(credentials)
    const hosted = new URL(
      sessionLink({
        app: 'https://me.github.io/lectern/',
        deck: null,
        relay: 'https://relay.example.org',
        view: 'remote',
        credentials,
      }),
    )
    expect(hosted.pathname).toBe('/lectern/')
    expect(hosted.searchParams.get('relay')).toBe('https://relay.example.org')
  })
})

describe('relay endpoint', () => {
  it('connects to the origin with the socket path under the URL’s path', () => {
    expect(relayEndpoint('https://relay.example.org', 'https://app.example/')).toEqual({
      url: 'https://relay.example.org',
      path: '/socket.io/',
    })
    expect(relayEndpoint('https://example.org/relay/', 'https://app.example/')).toEqual({
      url: 'https://example.org',
      path: '/relay/socket.io/',
    })
    expect(relayEndpoint('/', 'http://localhost:4800/?deck=x')).toEqual({
      url: 'http://localhost:4800',
      path: '/socket.io/',
    })
  })

  it('is null for what is not http(s)', () => {
    expect(relayEndpoint('javascript:alert(1)', 'https://app.example/')).toBeNull()
    expect(relayEndpoint('http://[bad', 'https://app.example/')).toBeNull()
  })
})

describe('server info', () => {
  it('reads the server’s meta element', () => {
    const info = { v: 1, relay: true, events: '/__lectern/events', lan: ['http://192.168.1.5:4800/'] }
    expect(readServerInfo(JSON.stringify(info))).toEqual(info)
  })

  it('is null without one, or for one it does not understand', () => {
    expect(readServerInfo(null)).toBeNull()
    expect(readServerInfo('{')).toBeNull()
    expect(readServerInfo(JSON.stringify({ v: 2, relay: true, events: null, lan: [] }))).toBeNull()
    expect(readServerInfo(JSON.stringify({ v: 1, relay: true, events: 'javascript:x', lan: [] }))).toBeNull()
  })
})
