/**
 * Lectern's built-in slide transitions against marp-cli (the dev dependency):
 * the same names, and keyframes in transitions.css for every form the table lists.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinKeyframesNames, builtinTransitions } from '../src/views/audience/transition-keyframes.ts'

const root = join(import.meta.dirname, '..')

/** marp-cli's built-in names: its converter calls their keyframes `…transition…-__builtin__NAME`. */
function marpCliNames(): Set<string> {
  const lib = join(root, 'node_modules/@marp-team/marp-cli/lib')
  const names = new Set<string>()
  for (const file of readdirSync(lib).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(lib, file), 'utf8')
    for (const match of text.matchAll(/marp-(?:incoming-|outgoing-)?transition-(?:backward-)?__builtin__([a-z-]+)/g)) {
      names.add(match[1]!)
    }
  }
  return names
}

describe('built-in transitions', () => {
  it('should cover every name marp-cli builds in, and no other', () => {
    const names = marpCliNames()
    expect(names.size).toBeGreaterThan(30)
    expect(Object.keys(builtinTransitions).sort()).toEqual([...names].sort())
  })

  it('should list exactly the keyframes transitions.css defines', () => {
    const css = readFileSync(join(root, 'src/views/audience/transitions.css'), 'utf8')
    const defined = [...css.matchAll(/@keyframes\s+(lectern-[\w-]+)/g)].map((match) => match[1])
    expect(defined.sort()).toEqual(builtinKeyframesNames().sort())
  })
})
