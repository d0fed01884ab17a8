import { PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { pdfString, withMetadata } from '../scripts/pdf-metadata.ts'

/** A two-page PDF with a classic cross-reference table and an outline entry, as Chromium writes them. */
async function samplePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.addPage([960, 540]).drawText('one')
  document.addPage([960, 540]).drawText('two')
  document.setTitle('Old title')
  document.setProducer('Skia/PDF m156')
  document.catalog.set(PDFName.of('Outlines'), document.context.obj({ Type: 'Outlines', Count: 0 }))
  return document.save({ useObjectStreams: false })
}

const decode = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined

describe('withMetadata', () => {
  test('should give a PDF that a PDF reader opens with the new title, author, subject, keywords and language', async () => {
    const original = await samplePdf()
    const updated = withMetadata(original, {
      title: 'BERT: 预训练 (draft)',
      author: 'fcs',
      subject: 'A talk',
      keywords: ['nlp', 'bert'],
      lang: 'zh-CN',
    })
    const read = await PDFDocument.load(updated, { updateMetadata: false })
    expect(read.getPageCount()).toBe(2)
    expect(read.getTitle()).toBe('BERT: 预训练 (draft)')
    expect(read.getAuthor()).toBe('fcs')
    expect(read.getSubject()).toBe('A talk')
    expect(read.getKeywords()).toBe('nlp bert')
    expect(read.getCreator()).toBe('Lectern')
    expect(read.getProducer()).toBe('Skia/PDF m156')
    expect(decode(read.catalog.get(PDFName.of('Lang')))).toBe('zh-CN')
    // The rest of the catalog is kept: pages and outline.
    expect(read.catalog.get(PDFName.of('Outlines'))).toBeDefined()
  })

  test('should keep the original bytes and only append to them', async () => {
    const original = await samplePdf()
    const updated = withMetadata(original, { title: 'T' })
    expect(Buffer.compare(updated.subarray(0, original.length), Buffer.from(original))).toBe(0)
    expect(updated.length).toBeGreaterThan(original.length)
    expect(updated.subarray(-6).toString('latin1')).toBe('%%EOF\n')
  })

  test('should leave out what is not given', async () => {
    const read = await PDFDocument.load(
      withMetadata(await samplePdf(), { title: 'Only a title', author: null, keywords: [] }),
      {
        updateMetadata: false,
      },
    )
    expect(read.getTitle()).toBe('Only a title')
    expect(read.getAuthor()).toBeUndefined()
    expect(read.getKeywords()).toBeUndefined()
  })

  test('should label the pages when given labels (one page a fragment step: 3.0, 3.1 …)', async () => {
    const updated = withMetadata(await samplePdf(), { title: 'Steps', pageLabels: ['1', '2.1'] })
    const read = await PDFDocument.load(updated, { updateMetadata: false })
    const labels = read.catalog.lookup(PDFName.of('PageLabels'))
    expect(String(labels)).toContain('/P (1)')
    expect(String(labels)).toContain('/P (2.1)')
    expect(read.getPageCount()).toBe(2)
  })

  test('should refuse a PDF without a classic trailer', () => {
    expect(() => withMetadata(Buffer.from('%PDF-1.7\nnot really\n'), { title: 'x' })).toThrow(/trailer/)
  })
})

describe('pdfString', () => {
  test('should escape parentheses and backslashes in ASCII text', () => {
    expect(pdfString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)')
  })

  test('should write other text as UTF-16BE with a byte order mark', () => {
    expect(pdfString('é')).toBe('<FEFF00E9>')
  })
})
