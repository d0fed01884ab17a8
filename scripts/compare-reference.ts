/**
 * How close Lectern's slides are to a reference rendering, slide by slide:
 * `tsx scripts/compare-reference.ts deck.md REF_DIR OUT_DIR [--url URL]
 * [--slides 2-11] [--mean 2-11] [--fit 0]`.
 *
 * Renders each slide in headless Chromium at 1280×720 (scripts/slide-shots.ts;
 * a dev server of its own unless `--url` names one), scales it to the size of
 * `REF_DIR/page-NN.png` (a box filter: the demo's references are 640×360) and
 * scores it with SSIM (ssim.js defaults: Weber's fast variant on luminance,
 * downsampled so the shorter side is about 256 px; 1.0 = identical). Writes
 * `OUT_DIR/NN.png`, `OUT_DIR/NN-vs.png` (ours left, reference right) and
 * `OUT_DIR/ssim.json`, and prints the table with the mean over `--mean`
 * (all slides when missing). `--fit 0` turns Lectern's overflow guard off, to
 * see a slide that overflows laid out as Marp lays it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PNG } from 'pngjs'
import { ssim } from 'ssim.js'
import { shootSlides, slideSet } from './slide-shots.ts'

const readPng = (file: string): PNG => PNG.sync.read(readFileSync(file))

/** `image` scaled down by a whole factor to `width`×`height` (mean of each block), or as it is when already that size. */
export function scaledTo(image: PNG, width: number, height: number): PNG {
  if (image.width === width && image.height === height) return image
  const factor = image.width / width
  if (!Number.isInteger(factor) || image.height / height !== factor) {
    throw new Error(`cannot scale ${image.width}×${image.height} to ${width}×${height} by a whole factor`)
  }
  const out = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0
        for (let dy = 0; dy < factor; dy++) {
          for (let dx = 0; dx < factor; dx++) {
            sum += image.data[((y * factor + dy) * image.width + x * factor + dx) * 4 + channel]!
          }
        }
        out.data[(y * width + x) * 4 + channel] = Math.round(sum / factor ** 2)
      }
    }
  }
  return out
}

/** SSIM of our slide against the reference, at the reference's size. */
export function similarity(oursFile: string, referenceFile: string): number {
  const reference = readPng(referenceFile)
  const ours = scaledTo(readPng(oursFile), reference.width, reference.height)
  const image = (png: PNG) => ({ data: new Uint8ClampedArray(png.data), width: png.width, height: png.height })
  return ssim(image(ours), image(reference)).mssim
}

/** `out`: ours (scaled to the reference's size) on the left, the reference on the right, 10 px apart. */
export function sideBySide(oursFile: string, referenceFile: string, out: string): void {
  const reference = readPng(referenceFile)
  const ours = scaledTo(readPng(oursFile), reference.width, reference.height)
  const gap = 10
  const sheet = new PNG({ width: reference.width * 2 + gap, height: reference.height })
  sheet.data.fill(0)
  for (let i = 0; i < sheet.data.length; i += 4) sheet.data.set([255, 0, 255, 255], i)
  PNG.bitblt(ours, sheet, 0, 0, ours.width, ours.height, 0, 0)
  PNG.bitblt(reference, sheet, 0, 0, reference.width, reference.height, reference.width + gap, 0)
  writeFileSync(out, PNG.sync.write(sheet))
}

async function main(args: string[]) {
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`)
    return at === -1 ? undefined : args.splice(at, 2)[1]
  }
  const url = option('url')
  const only = slideSet(option('slides'))
  const meanOver = slideSet(option('mean'))
  const fit = option('fit')
  const [deckPath, referenceDir, outDir] = args
  if (!deckPath || !referenceDir || !outDir) {
    console.error(
      'usage: tsx scripts/compare-reference.ts deck.md REF_DIR OUT_DIR [--url URL] [--slides 2-11] [--mean 2-11]',
    )
    process.exit(2)
  }
  const { createServer } = await import('vite')
  const server = url
    ? undefined
    : await createServer({
        root: resolve(import.meta.dirname, '..'),
        server: { host: '127.0.0.1', port: 4351 },
        logLevel: 'error',
      })
  await server?.listen()
  const base = url ?? server!.resolvedUrls!.local[0]!
  try {
    const files = await shootSlides({
      base,
      markdown: readFileSync(deckPath, 'utf8'),
      outDir,
      only,
      query: fit ? { fit } : {},
    })
    const scores: Record<number, number> = {}
    for (const [n, file] of files) {
      const name = String(n).padStart(2, '0')
      const reference = join(referenceDir, `page-${name}.png`)
      if (!existsSync(reference)) continue
      scores[n] = similarity(file, reference)
      sideBySide(file, reference, join(outDir, `${name}-vs.png`))
      console.log(`${name}  ${scores[n].toFixed(3)}`)
    }
    const counted = Object.entries(scores).filter(([n]) => !meanOver || meanOver.has(Number(n)))
    const mean = counted.reduce((sum, [, score]) => sum + score, 0) / counted.length
    console.log(`mean of ${counted.length} slides  ${mean.toFixed(3)}`)
    writeFileSync(join(outDir, 'ssim.json'), JSON.stringify({ scores, mean }, null, 2))
  } finally {
    await server?.close()
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  await main(process.argv.slice(2))
}
