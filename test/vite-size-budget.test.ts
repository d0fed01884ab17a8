import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { checkBudget, initialChunks, type BudgetChunk } from '../scripts/vite-size-budget.ts'

/** Code that gzip shrinks little (random base64). */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes)

const chunk = (fileName: string, bytes: number, imports: string[] = [], isEntry = false): BudgetChunk => ({
  fileName,
  code: incompressible(bytes),
  isEntry,
  imports,
})

describe('initial JavaScript budget', () => {
  const chunks = [
    chunk('assets/index.js', 40_000, ['assets/react.js'], true),
    chunk('assets/react.js', 30_000, ['assets/runtime.js']),
    chunk('assets/runtime.js', 1_000),
    // Loaded with import(): math, a dialog. Not in the page's first JavaScript.
    chunk('assets/math.js', 90_000, ['assets/runtime.js']),
    chunk('assets/dialog.js', 5_000, ['assets/react.js']),
  ]

  test('should count the entry and what it imports statically, not the chunks loaded on demand', () => {
    const initial = initialChunks(chunks)
    expect(initial.map((entry) => entry.fileName)).toEqual(['assets/index.js', 'assets/react.js', 'assets/runtime.js'])
    const gzipped = (name: string) => gzipSync(chunks.find((entry) => entry.fileName === name)!.code).length
    expect(initial.map((entry) => entry.gzipped)).toEqual(
      ['assets/index.js', 'assets/react.js', 'assets/runtime.js'].map(gzipped),
    )
  })

  test('should fail over the budget, naming the total, the excess and the chunks', () => {
    const initial = initialChunks(chunks)
    const total = initial.reduce((sum, entry) => sum + entry.gzipped, 0)
    const kib = (bytes: number) => (bytes / 1024).toFixed(1)
    const over = checkBudget(initial, total - 2048)
    expect(over.ok).toBe(false)
    expect(over.message).toContain(
      `Initial JavaScript is ${kib(total)} KiB gzipped, over its budget of ${kib(total - 2048)} KiB by 2.0 KiB`,
    )
    expect(over.message).toContain(`assets/index.js  ${kib(initial[0]!.gzipped)} KiB`)
    expect(over.message).not.toContain('math.js')
    expect(checkBudget(initial, total)).toMatchObject({ ok: true })
  })
})
