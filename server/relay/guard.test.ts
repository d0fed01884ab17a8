import { describe, expect, it } from 'vitest'
import { jsonWithin, originAllowed } from './guard.ts'

describe('message size', () => {
  it('counts a payload as its JSON, UTF-8 bytes included', () => {
    const payload = { title: 'é'.repeat(10), points: [0.5, 1], cover: null }
    const bytes = Buffer.byteLength(JSON.stringify(payload))
    expect(jsonWithin(payload, bytes)).toBe(true)
    expect(jsonWithin(payload, bytes - 12)).toBe(false)
    expect(jsonWithin('x'.repeat(100), 101)).toBe(false)
  })

  it('gives up early on what is wide or deep', () => {
    expect(jsonWithin(new Array(1_000_000).fill(0), 65_536)).toBe(false)
    let deep: unknown[] = []
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(jsonWithin(deep, 65_536)).toBe(false)
    expect(jsonWithin(Buffer.alloc(40_000), 65_536)).toBe(false)
  })
})

describe('origins', () => {
  const policy = { any: false, same: true, list: ['https://app.example'] }
  it('lets in listed origins, the server’s own pages, and clients that are not browsers', () => {
    expect(originAllowed(policy, 'https://app.example', 'relay.example')).toBe(true)
    expect(originAllowed(policy, 'http://192.168.1.5:4800', '192.168.1.5:4800')).toBe(true)
    expect(originAllowed(policy, undefined, 'relay.example')).toBe(true)
    expect(originAllowed(policy, 'https://evil.example', 'relay.example')).toBe(false)
    expect(originAllowed({ ...policy, same: false }, 'http://relay.example', 'relay.example')).toBe(false)
    expect(originAllowed({ any: true, same: false, list: [] }, 'https://evil.example', 'x')).toBe(true)
  })
})
