/**
 * The proof a window's heartbeat carries that it is a window of the deck: an
 * HMAC-SHA-256 (WebCrypto) over the heartbeat's fields, with a secret only the
 * windows that opened each other share (sync-pairing.ts). The heartbeat's
 * counter and time are signed too, so one heard before is refused when it is
 * sent again.
 */

/** Bytes of a pair's secret. */
export const secretBytes = 32

/** A new random secret. */
export function newSecret(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(secretBytes))
}

/** The secret as a key that signs and checks, never read back. */
export function proofKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
}

/** What a heartbeat's proof covers: who sends it, for which deck, as what, and when. */
export interface Signed {
  type: string
  deck: string
  from: string
  role: string
  /** The sender's count of heartbeats, rising by one each time. */
  seq: number
  /** When it was sent (ms since the epoch). */
  at: number
}

const encoder = new TextEncoder()

/** The signed fields, in a fixed order. */
function signedBytes({ type, deck, from, role, seq, at }: Signed): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify([type, deck, from, role, seq, at]))
}

/** The proof of `fields` with `key`, as 64 hex digits. */
export async function sign(key: CryptoKey, fields: Signed): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, signedBytes(fields)))
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** Whether `proof` (64 hex digits) is the proof of `fields` with `key` (compared in constant time). */
export async function verify(key: CryptoKey, fields: Signed, proof: string): Promise<boolean> {
  if (!/^[\da-f]{64}$/.test(proof)) return false
  const mac = new Uint8Array(32)
  for (let i = 0; i < 32; i++) mac[i] = Number.parseInt(proof.slice(i * 2, i * 2 + 2), 16)
  return crypto.subtle.verify('HMAC', key, mac, signedBytes(fields))
}
