/**
 * Prepared decks are signed: the PDF exporter signs the prepared deck it
 * serves with a key it gives only to its own page, and the page takes a
 * prepared deck only with a valid signature. This module has no other
 * imports so the exporter (in Node) can share the header name.
 */

/** The header that carries a prepared deck's signature. */
export const signatureHeader = 'x-lectern-signature'

/** Whether `signature` (base64) is the HMAC-SHA256 of `body` with `key` (base64). */
export async function verifySignature(body: Uint8Array<ArrayBuffer>, signature: string, key: string): Promise<boolean> {
  try {
    const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
    const hmac = await crypto.subtle.importKey('raw', fromBase64(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ])
    return await crypto.subtle.verify('HMAC', hmac, fromBase64(signature), body)
  } catch {
    return false
  }
}
