import { describe, expect, it } from 'vitest'
import { LoadProblem } from './problems.ts'
import {
  checkDeckFile,
  checkDeckText,
  formatSize,
  isDeckName,
  looksBinary,
  maxDeckBytes,
  nonDeckKind,
} from './validate.ts'

const problem = (run: () => void) => {
  try {
    run()
  } catch (error) {
    if (error instanceof LoadProblem) return { code: error.code, detail: error.detail }
    throw error
  }
  return null
}

describe('checkDeckFile', () => {
  it('takes a Markdown file', () => {
    expect(problem(() => checkDeckFile({ name: 'talk.md', type: 'text/markdown', size: 100 }))).toBeNull()
  })
  it('refuses images, office documents and archives by name or type', () => {
    expect(problem(() => checkDeckFile({ name: 'photo.PNG', type: '', size: 10 }))).toEqual({
      code: 'not-markdown',
      detail: 'image',
    })
    expect(problem(() => checkDeckFile({ name: 'blob', type: 'image/webp', size: 10 }))).toEqual({
      code: 'not-markdown',
      detail: 'image',
    })
    expect(problem(() => checkDeckFile({ name: 'report.docx', type: '', size: 10 }))).toEqual({
      code: 'not-markdown',
      detail: 'document',
    })
    expect(problem(() => checkDeckFile({ name: 'a.zip', type: '', size: 10 }))).toEqual({
      code: 'not-markdown',
      detail: 'archive',
    })
  })
  it('refuses an empty file', () => {
    expect(problem(() => checkDeckFile({ name: 'empty.md', type: '', size: 0 }))?.code).toBe('empty')
  })
  it('refuses a file over the limit, naming its size and the limit', () => {
    expect(problem(() => checkDeckFile({ name: 'huge.md', type: '', size: 50 * 1024 * 1024 }))).toEqual({
      code: 'too-large',
      detail: '50 MB/8 MB',
    })
    expect(problem(() => checkDeckFile({ name: 'edge.md', type: '', size: maxDeckBytes }))).toBeNull()
  })
})

describe('checkDeckText', () => {
  it('refuses white space only', () => {
    expect(problem(() => checkDeckText(' \n\t\n'))?.code).toBe('empty')
    expect(problem(() => checkDeckText('# A'))).toBeNull()
  })
})

describe('helpers', () => {
  it('isDeckName knows Markdown extensions', () => {
    expect(isDeckName('a.md')).toBe(true)
    expect(isDeckName('a.markdown')).toBe(true)
    expect(isDeckName('a.css')).toBe(false)
  })
  it('nonDeckKind is null for unknown kinds', () => {
    expect(nonDeckKind('notes', '')).toBeNull()
  })
  it('formatSize', () => {
    expect(formatSize(8 * 1024 * 1024)).toBe('8 MB')
    expect(formatSize(1536 * 1024)).toBe('1.5 MB')
    expect(formatSize(2000)).toBe('2 KB')
  })
  it('looksBinary: control bytes are binary, text and UTF-16 are not', () => {
    const noise = new Uint8Array(1000).map((_, i) => (i * 7) % 256)
    expect(looksBinary(noise)).toBe(true)
    expect(looksBinary(new TextEncoder().encode('# Title\n\ntext\t\r\n'))).toBe(false)
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x23, 0, 0x20, 0, 0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(false)
  })
})
