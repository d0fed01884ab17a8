/**
 * The deck's title, author, subject, keywords and language written into a
 * PDF as an incremental update: a new document information dictionary and
 * catalog appended after Chromium's file, which is left byte for byte as it
 * is (its outline and structure tree included). Nothing is parsed but the
 * trailer, the cross-reference table and two small objects, so this takes
 * about a millisecond where loading and saving the whole file with a PDF
 * library took a quarter of a second or more.
 */

/** What to write. Absent values are left out. */
export interface PdfMetadata {
  title: string
  author?: string | null
  subject?: string | null
  keywords?: readonly string[]
  creator?: string
  /** BCP 47 language of the document (the catalog's `/Lang`). */
  lang?: string | null
  /** A label for each page, shown by viewers instead of its number (`3.1`), in the catalog's `/PageLabels`. */
  pageLabels?: readonly string[]
}

/** A PDF text string: literal when plain ASCII, else UTF-16BE with a byte order mark. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

interface Ref {
  num: number
  gen: number
}

const refPattern = (key: string) => new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`)

function readRef(dict: string, key: string): Ref | null {
  const match = refPattern(key).exec(dict)
  return match ? { num: Number(match[1]), gen: Number(match[2]) } : null
}

/** Byte offsets of in-use objects, from a classic cross-reference table at `at`. */
function readXref(pdf: string, at: number): Map<number, number> {
  const offsets = new Map<number, number>()
  const lines = pdf.slice(at, pdf.indexOf('trailer', at)).split(/\r\n|\r|\n/)
  if (lines[0]?.trim() !== 'xref') throw new Error('Expected a classic cross-reference table (`xref`) in the PDF')
  let num = 0
  for (const line of lines.slice(1)) {
    const section = /^(\d+)\s+(\d+)\s*$/.exec(line)
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])/.exec(line)
    if (entry) {
      if (entry[3] === 'n') offsets.set(num, Number(entry[1]))
      num++
    } else if (section) num = Number(section[1])
  }
  return offsets
}

/** The dictionary text of object `ref` (between `obj` and `endobj`). */
function readObject(pdf: string, offsets: Map<number, number>, ref: Ref): string {
  const at = offsets.get(ref.num)
  if (at === undefined) throw new Error(`Object ${ref.num} is not in the PDF's cross-reference table`)
  const start = pdf.indexOf('obj', at) + 3
  return pdf.slice(start, pdf.indexOf('endobj', start)).trim()
}

/** A PDF string or name value after `/key` in a dictionary, as written. */
function rawValue(dict: string, key: string): string | null {
  return new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`).exec(dict)?.[1] ?? null
}

/**
 * Append the metadata to a PDF with a classic cross-reference table (as
 * Chromium writes them).
 *
 * @param pdf The PDF file.
 * @param metadata Title and the rest.
 * @returns The updated file: the original bytes, then the update.
 * @throws When the file has no classic trailer to update.
 */
export function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Buffer {
  const original = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  // latin1 keeps one character a byte, so string offsets are byte offsets.
  const text = original.toString('latin1')
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024))
  const trailerAt = text.lastIndexOf('trailer')
  if (!startxref || trailerAt < 0) throw new Error('Expected a PDF with a classic trailer')
  const trailer = text.slice(trailerAt, text.lastIndexOf('startxref'))
  const previous = Number(startxref[1])
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1])
  const root = readRef(trailer, 'Root')
  if (!root || !size) throw new Error('Expected /Root and /Size in the PDF trailer')
  const offsets = readXref(text, previous)
  const oldInfoRef = readRef(trailer, 'Info')
  const oldInfo = oldInfoRef ? readObject(text, offsets, oldInfoRef) : ''
  const info: Ref = oldInfoRef ?? { num: size, gen: 0 }

  const entries: string[] = [`/Title ${pdfString(metadata.title)}`]
  if (metadata.author) entries.push(`/Author ${pdfString(metadata.author)}`)
  if (metadata.subject) entries.push(`/Subject ${pdfString(metadata.subject)}`)
  if (metadata.keywords?.length) entries.push(`/Keywords ${pdfString(metadata.keywords.join(' '))}`)
  entries.push(`/Creator ${pdfString(metadata.creator ?? 'Lectern')}`)
  for (const key of ['Producer', 'CreationDate', 'ModDate']) {
    const value = rawValue(oldInfo, key)
    if (value) entries.push(`/${key} ${value}`)
  }

  // The catalog again, with the language and "show the title, not the file name" added.
  let catalog = readObject(text, offsets, root).replace(
    /\/(Lang|ViewerPreferences|PageLabels)\s*(\((?:\\.|[^\\)])*\)|<[^<>]*>|<<[^<>]*>>)/g,
    '',
  )
  const labels = metadata.pageLabels?.length
    ? `/PageLabels <</Nums [${metadata.pageLabels.map((label, page) => `${page} <</P ${pdfString(label)}>>`).join(' ')}]>> `
    : ''
  const extra = `${metadata.lang ? `/Lang ${pdfString(metadata.lang)} ` : ''}${labels}/ViewerPreferences <</DisplayDocTitle true>>`
  catalog = `${catalog.slice(0, catalog.lastIndexOf('>>'))} ${extra}>>`

  const objects: [Ref, string][] = [
    [info, `<<${entries.join('\n')}>>`],
    [root, catalog],
  ]
  let update = '\n'
  const at = new Map<number, number>()
  for (const [ref, body] of objects) {
    at.set(ref.num, original.length + Buffer.byteLength(update, 'latin1'))
    update += `${ref.num} ${ref.gen} obj\n${body}\nendobj\n`
  }
  const xrefAt = original.length + Buffer.byteLength(update, 'latin1')
  update += 'xref\n'
  for (const [ref] of [...objects].sort(([a], [b]) => a.num - b.num)) {
    update += `${ref.num} 1\n${String(at.get(ref.num)).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n \n`
  }
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1]
  update += `trailer\n<</Size ${Math.max(size, info.num + 1)} /Root ${root.num} ${root.gen} R /Info ${info.num} ${info.gen} R /Prev ${previous}${id ? ` /ID ${id}` : ''}>>\n`
  update += `startxref\n${xrefAt}\n%%EOF\n`
  return Buffer.concat([original, Buffer.from(update, 'latin1')])
}
