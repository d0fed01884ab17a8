/**
 * Dropped files as the page may serve them. An object URL is of Lectern's
 * own origin and keeps its blob's type: an SVG, HTML or XML file opened from
 * it in a tab (one right click on an image) would be a document of this
 * origin, free to run its script and read the recent decks. So a dropped file
 * gets a type that cannot run anything: its own when it is a raster image,
 * audio, video or a font; an SVG is wrapped in an SVG of ours that shows it
 * as an image (an image runs no script, even opened alone); anything else is
 * plain text.
 */

/** Types that a browser never runs script in, opened alone or not. */
const inertType =
  /^(?:image\/(?:png|jpeg|gif|webp|avif|bmp|apng|x-icon|vnd\.microsoft\.icon)|video\/[\w.+-]+|audio\/[\w.+-]+|font\/[\w.+-]+)$/i

const typeByExtension: Record<string, string> = {
  png: 'image/png',
  apng: 'image/apng',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
}

const svgType = 'image/svg+xml'
const plainText = 'text/plain;charset=utf-8'

function extension(name: string): string {
  return /\.([\w]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
}

/** Whether a dropped file is an SVG image (by its type, or by its name when it has none). */
export function isSvg(name: string, blob: Blob): boolean {
  return blob.type.split(';')[0]?.trim().toLowerCase() === svgType || (!blob.type && extension(name) === 'svg')
}

/**
 * The file with a type that runs nothing (see the module's notes), without
 * reading it. SVG files come out as plain text here: {@link inertSvg} is the
 * way to keep them as images.
 *
 * @param name
 *   The file's name (its type when the blob has none).
 * @param blob
 *   The file.
 */
export function inertBlob(name: string, blob: Blob): Blob {
  const type = blob.type.split(';')[0]?.trim().toLowerCase() ?? ''
  const wanted = inertType.test(type) ? type : (typeByExtension[extension(name)] ?? plainText)
  return wanted === blob.type ? blob : blob.slice(0, blob.size, wanted)
}

const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`
const kept: Record<string, RegExp> = {
  width: new RegExp(String.raw`^\s*${number}(?:px|pt|pc|mm|cm|in|em|ex|%)?\s*$`, 'i'),
  height: new RegExp(String.raw`^\s*${number}(?:px|pt|pc|mm|cm|in|em|ex|%)?\s*$`, 'i'),
  viewBox: new RegExp(String.raw`^\s*${number}(?:[\s,]+${number}){3}\s*$`, 'i'),
  preserveAspectRatio: /^\s*(?:none|x(?:Min|Mid|Max)Y(?:Min|Mid|Max))(?:\s+(?:meet|slice))?\s*$/,
}

/** Base64 of a file, in chunks (a large SVG would overflow `String.fromCharCode(...all)`). */
async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

/**
 * An SVG file as an SVG of ours that draws it as an image: the same size and
 * proportions (its root's `width`, `height`, `viewBox` and
 * `preserveAspectRatio`, when they are plain numbers), the picture itself in a
 * `data:` URL that the browser loads in image mode, where no script runs and
 * nothing is fetched.
 */
export async function inertSvg(blob: Blob): Promise<Blob> {
  const text = await blob.text()
  const root = /<svg\b([^>]*)>/i.exec(text)?.[1] ?? ''
  const attributes: Record<string, string> = {}
  for (const match of root.matchAll(/\b(width|height|viewBox|preserveAspectRatio)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name, double, single] = match
    const value = double ?? single ?? ''
    if (name && kept[name]?.test(value)) attributes[name] = value.trim()
  }
  const [x = '0', y = '0', width = '100%', height = '100%'] = attributes.viewBox?.split(/[\s,]+/) ?? []
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')
  const data = `data:${svgType};base64,${await base64(blob)}`
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${written}>` +
    `<image href="${data}" x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="none"/></svg>`
  return new Blob([svg], { type: svgType })
}

/**
 * A drop's files made inert (see the module's notes): SVG files wrapped,
 * the others given a type that runs nothing.
 *
 * @param files
 *   The files by path.
 */
export async function inertFiles(files: ReadonlyMap<string, Blob>): Promise<Map<string, Blob>> {
  const entries = await Promise.all(
    [...files].map(
      async ([path, blob]) => [path, isSvg(path, blob) ? await inertSvg(blob) : inertBlob(path, blob)] as const,
    ),
  )
  return new Map(entries)
}
