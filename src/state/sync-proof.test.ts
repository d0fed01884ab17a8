import { describe, expect, test } from 'vitest'
import { newSecret, proofKey, sign, verify } from './sync-proof.ts'

const fields = { type: 'ping', deck: 'a1b2', from: 'w1', role: 'audience', seq: 3, at: 1_700_000_000_000 }

describe('heartbeat proof', () => {
  test('should prove the fields it was made for, with the same secret only', async () => {
    const secret = newSecret()
    const key = await proofKey(secret)
    const proof = await sign(key, fields)
    expect(proof).toMatch(/^[\da-f]{64}$/)
    expect(await verify(await proofKey(new Uint8Array(secret)), fields, proof)).toBe(true)
    expect(await verify(await proofKey(newSecret()), fields, proof)).toBe(false)
  })

  test('should fail for any field changed, a changed proof, or one that is not hex', async () => {
    const key = await proofKey(newSecret())
    const proof = await sign(key, fields)
    for (const changed of [
      { type: 'hello' },
      { deck: 'a1b3' },
      { from: 'w2' },
      { role: 'presenter' },
      { seq: 4 },
      { at: fields.at + 1 },
    ]) {
      expect(await verify(key, { ...fields, ...changed }, proof)).toBe(false)
    }
    const flipped = (proof[0] === '0' ? '1' : '0') + proof.slice(1)
    expect(await verify(key, fields, flipped)).toBe(false)
    expect(await verify(key, fields, proof.toUpperCase())).toBe(false)
    expect(await verify(key, fields, proof.slice(2))).toBe(false)
  })

  test('should make a new secret each time', () => {
    expect(newSecret()).not.toEqual(newSecret())
    expect(newSecret()).toHaveLength(32)
  })
})
