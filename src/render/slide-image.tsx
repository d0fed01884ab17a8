/**
 * Images in slides. Decks point at remote images that often do not load
 * (offline, moved, blocked): a broken image becomes a visible box at the
 * size the deck asked for, with the alt text, instead of a blank.
 */
import { use, useLayoutEffect, useRef, useState, type ComponentProps, type CSSProperties } from 'react'
import { assetUrl } from './asset-urls.ts'
import { ShownDeckContext } from './shown-deck.ts'

function length(value: string | number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  return typeof value === 'number' || /^\d+(?:\.\d+)?$/.test(value) ? `${value}px` : value
}

/**
 * The last path segment of a URL, to name an image without alt text.
 *
 * @param src
 *   The image URL.
 */
export function imageName(src: string | undefined): string {
  if (!src || src.startsWith('data:')) return 'image'
  const path = src.split(/[?#]/)[0] ?? ''
  const name = decodeSafely(path.slice(path.lastIndexOf('/') + 1))
  return name || 'image'
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Obsidian's image size in the alt text: `![|450](…)`, `![Logo|450x200](…)`.
 * Marp leaves it as alt text; we also size the image by it.
 *
 * @param alt
 *   The alt text as written.
 * @returns
 *   The alt text before the `|`, and the width and height, or null.
 */
export function obsidianSize(
  alt: string | undefined,
): { alt: string; width: string; height: string | undefined } | null {
  const match = /^(.*)\|\s*(\d+)(?:\s*x\s*(\d+))?\s*$/.exec(alt ?? '')
  if (!match) return null
  return { alt: (match[1] ?? '').trim(), width: `${match[2]}px`, height: match[3] ? `${match[3]}px` : undefined }
}

/**
 * An `img` from slide content (`src` cleaned; `style` carries Marp's `w:`,
 * `h:` and filters).
 *
 * @param props
 *   The element's props.
 */
export function SlideImage(given: ComponentProps<'img'>) {
  // Marp's `w:`/`h:` (already in `style`) win over an Obsidian size; the alt attribute stays as
  // written, since themes select on its words (`img[alt~="#c"]`).
  const obsidian = obsidianSize(given.alt)
  const props: ComponentProps<'img'> = obsidian
    ? {
        ...given,
        style: { width: obsidian.width, ...(obsidian.height ? { height: obsidian.height } : {}), ...given.style },
      }
    : given
  const { style, width, height, title } = props
  // Relative URLs resolve against the deck (its URL, or its dropped files), not the page.
  const src = assetUrl(use(ShownDeckContext)?.assets ?? null, props.src)
  const alt = obsidian ? obsidian.alt : props.alt
  const [broken, setBroken] = useState<string | undefined>(undefined)
  const ref = useRef<HTMLImageElement>(null)
  const isBroken = broken !== undefined && broken === src

  // An image that failed before React listened (cached failure) still counts.
  useLayoutEffect(() => {
    const image = ref.current
    if (!image || !image.complete || image.naturalWidth !== 0) return
    // Some valid SVGs have no natural size: let the decoder decide.
    image.decode().catch(() => setBroken(src))
  }, [src])

  if (!src || isBroken) {
    const w = length(style?.width) ?? length(width)
    const h = length(style?.height) ?? length(height)
    // Without a size from the deck, a compact box around the label (the real size is unknown).
    const box: CSSProperties =
      w || h ? { width: w ?? 'auto', height: h ?? 'auto' } : { minWidth: '8em', minHeight: '4em' }
    const label = alt?.trim() || imageName(src)
    return (
      <span
        role="img"
        aria-label={`Image not loaded: ${label}`}
        title={title ?? src}
        data-lectern-broken-image=""
        className={props.className}
        style={box}
      >
        <span data-lectern-broken-image-label="">{label}</span>
      </span>
    )
  }
  return <img {...props} src={src} ref={ref} onError={() => setBroken(src)} />
}
