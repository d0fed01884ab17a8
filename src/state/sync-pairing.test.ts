import { afterEach, describe, expect, test, vi } from 'vitest'
import { bindPairing, type Pairing, type PairingWindow } from './sync-pairing.ts'
import { sign, verify } from './sync-proof.ts'

type Listener = (event: MessageEvent) => void
type Fake = PairingWindow & { readonly listeners: Set<Listener> }

/**
 * Stand-in windows of one browser: `open(opener)` makes a window; each window
 * sees another through its own handle, whose `postMessage` reaches the other
 * later, of this origin, with the sender (as the receiver sees it) as source.
 */
function browser(origin = 'https://lectern.test') {
  const openers = new Map<Fake, Fake | null>()
  const handles = new Map<Fake, Map<Fake, object>>()
  const handle = (target: Fake, seenBy: Fake): object => {
    if (target === seenBy) return target
    const seen = handles.get(seenBy) ?? new Map<Fake, object>()
    handles.set(seenBy, seen)
    const known = seen.get(target)
    if (known) return known
    const made = {
      postMessage: (data: unknown, targetOrigin: string) => {
        if (targetOrigin !== origin) return
        const event = { data: structuredClone(data), origin, source: handle(seenBy, target) }
        setTimeout(() => {
          for (const listener of target.listeners) listener(event as MessageEvent)
        })
      },
      get opener() {
        const opener = openers.get(target)
        return opener ? handle(opener, seenBy) : null
      },
    }
    seen.set(target, made)
    return made
  }
  const open = (opener: Fake | null = null): Fake => {
    const listeners = new Set<Listener>()
    const self: Fake = {
      listeners,
      location: { origin },
      get opener() {
        const parent = openers.get(self)
        return parent ? handle(parent, self) : null
      },
      addEventListener: (_type, listener) => listeners.add(listener),
      removeEventListener: (_type, listener) => listeners.delete(listener),
    }
    openers.set(self, opener)
    return self
  }
  /** `target` as `seenBy` would reach it (as if it had found it, say by the window's name). */
  const reach = (target: Fake, seenBy: Fake) =>
    handle(target, seenBy) as { postMessage: (data: unknown, origin: string) => void }
  return { open, reach }
}

/** Whether two pairings' keys agree (one signs what the other accepts). */
async function agree(a: Pairing, b: Pairing): Promise<boolean> {
  const fields = { type: 'ping', deck: 'd', from: 'w', role: 'audience', seq: 1, at: 1 }
  return verify(await b.key(), fields, await sign(await a.key(), fields))
}

const pairings: Pairing[] = []
function pair(self: PairingWindow, onKey = () => {}): Pairing {
  const pairing = bindPairing(self, onKey)
  pairings.push(pairing)
  return pairing
}
afterEach(() => {
  for (const pairing of pairings.splice(0)) pairing.close()
})

describe('bindPairing', () => {
  test('should give a window the secret of the window that opened it, and no other tab', async () => {
    const { open } = browser()
    const audience = open()
    const presenter = open(audience)
    const other = open()
    const a = pair(audience)
    const p = pair(presenter)
    const o = pair(other)
    expect(await agree(a, p)).toBe(true)
    expect(await agree(a, o)).toBe(false)
  })

  test('should not give the secret to a tab that asks, nor take one from it', async () => {
    const { open, reach } = browser()
    const audience = open()
    const presenter = open(audience)
    const a = pair(audience)
    const p = pair(presenter)
    const before = await p.key()
    const other = open()
    const heard: unknown[] = []
    other.addEventListener('message', (event) => heard.push(event.data))
    reach(audience, other).postMessage({ lectern: 'sync-key?' }, 'https://lectern.test')
    reach(presenter, other).postMessage({ lectern: 'sync-key', secret: new Uint8Array(32) }, 'https://lectern.test')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(heard).toEqual([])
    expect(await p.key()).toBe(before)
    expect(await agree(a, p)).toBe(true)
  })

  test('should take the new secret of an opener that reloads, and say so', async () => {
    const { open } = browser()
    const audience = open()
    const presenter = open(audience)
    const first = pair(audience)
    const onKey = vi.fn()
    const p = pair(presenter, onKey)
    expect(await agree(first, p)).toBe(true)
    first.close()
    const reloaded = pair(audience)
    expect(await agree(reloaded, p)).toBe(false)
    p.ask()
    await vi.waitFor(() => expect(onKey).toHaveBeenCalledTimes(1))
    expect(await agree(reloaded, p)).toBe(true)
  })

  test('should sign with its own secret when the opener does not answer', async () => {
    const { open } = browser()
    const silent = open()
    const p = pair(open(silent))
    const q = pair(open(silent))
    // No pairing in the opener (a page of the origin that is not Lectern): each keeps its own.
    expect(await agree(p, q)).toBe(false)
  })
})
