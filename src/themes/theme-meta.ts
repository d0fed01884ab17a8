/**
 * A theme's metadata: the `@key value` lines in its comments (`@theme`,
 * `@size`, as Marp reads them) and the slide size its CSS declares.
 */
import type { Declaration, Root } from 'postcss'
import { parseCss } from './parse-css.ts'

/** What a theme says about itself. */
export interface ThemeMeta {
  /** `@theme NAME`; `undefined` when missing. */
  readonly name: string | undefined
  /** `@size NAME W H` presets, in CSS pixels, in the order written. */
  readonly sizes: Readonly<Record<string, readonly [number, number]>>
  /** `@size NAME false`: presets this theme removes from a theme it imports. */
  readonly removedSizes: readonly string[]
  /** `@auto-scaling`: `true`, `false`, or the list of features (`fittingHeader`, `math`, `code`). */
  readonly autoScaling: boolean | readonly string[]
  /** Slide width in CSS pixels, from a top-level `section` or `:root` rule; `undefined` if not declared. */
  readonly width: number | undefined
  /** Slide height in CSS pixels, likewise. */
  readonly height: number | undefined
  /** Every `@key value` found, the last value of each key. */
  readonly meta: Readonly<Record<string, string>>
  /** Themes named by `@import 'name'` / `@import-theme 'name'`, in order. */
  readonly imports: readonly string[]
}

/** Marp's slide size when a theme declares none. */
export const defaultSlideSize = { width: 1280, height: 720 } as const

const pixelsPerUnit: Record<string, number> = {
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
  pt: 96 / 72,
  pc: 16,
}

/**
 * Read a theme's metadata comments and declared slide size.
 *
 * @param css
 *   Marp-format theme CSS.
 * @returns
 *   The metadata; never throws.
 *
 * Notes: metadata lines may start with `*`, `!` and spaces, so `/*! @theme x *\/`
 * and a `/** … *\/` block with one `* @key value` per line both work. Only this
 * CSS is read: what an imported theme declares is merged by the registry.
 */
export function readThemeMeta(css: string): ThemeMeta {
  const root = parseCss(css)
  const meta: Record<string, string> = {}
  const sizes: Record<string, readonly [number, number]> = {}
  const removedSizes: string[] = []
  root.walkComments((comment) => {
    for (const line of comment.text.split(/\r?\n/)) {
      const match = /^[\s*!]*@([\w-]+)\s+(.+?)\s*$/.exec(line)
      if (!match?.[1] || match[2] === undefined) continue
      const [, key, value] = match
      meta[key] = value
      if (key === 'size') readSize(value, sizes, removedSizes)
    }
  })
  const size = readSlideSize(root)
  const imports: string[] = []
  root.walkAtRules(/^import(?:-theme)?$/i, (atRule) => {
    const match = /^\s*(["'])(.*)\1\s*$/.exec(atRule.params)
    if (match?.[2] !== undefined) imports.push(match[2])
  })
  return {
    name: meta.theme,
    sizes,
    removedSizes,
    autoScaling: readAutoScaling(meta['auto-scaling']),
    width: size.width,
    height: size.height,
    meta,
    imports,
  }
}

function readSize(value: string, sizes: Record<string, readonly [number, number]>, removed: string[]): void {
  const words = value.split(/\s+/)
  const [name, width, height] = words
  if (!name) return
  if (width === 'false' && words.length === 2) {
    delete sizes[name]
    removed.push(name)
    return
  }
  const w = width === undefined ? undefined : toPixels(width)
  const h = height === undefined ? undefined : toPixels(height)
  if (w === undefined || h === undefined || words.length !== 3) return
  sizes[name] = [w, h]
}

function readAutoScaling(value: string | undefined): boolean | readonly string[] {
  if (value === undefined || value === 'false') return false
  if (value === 'true') return true
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

/** Width and height from top-level `section` and `:root` rules; `:root` wins. */
function readSlideSize(root: Root): { width: number | undefined; height: number | undefined } {
  const found = { section: {} as SizeFound, root: {} as SizeFound }
  for (const node of root.nodes) {
    if (node.type !== 'rule') continue
    const selectors = node.selectors.map((selector) => selector.trim().toLowerCase())
    const targets: SizeFound[] = []
    if (selectors.includes('section')) targets.push(found.section)
    if (selectors.includes(':root') || selectors.includes('section:root')) targets.push(found.root)
    if (targets.length === 0) continue
    node.each((child) => {
      if (child.type !== 'decl') return
      const prop = child.prop.toLowerCase()
      if (prop !== 'width' && prop !== 'height') return
      const pixels = toPixels((child as Declaration).value.trim())
      if (pixels === undefined) return
      for (const target of targets) target[prop] = pixels
    })
  }
  return {
    width: found.root.width ?? found.section.width,
    height: found.root.height ?? found.section.height,
  }
}

interface SizeFound {
  width?: number
  height?: number
}

/** A length in an absolute unit, in CSS pixels; `undefined` for anything else. */
export function toPixels(value: string): number | undefined {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z]+)$/i.exec(value.trim())
  if (!match?.[1] || !match[2]) return undefined
  const factor = pixelsPerUnit[match[2].toLowerCase()]
  const number = Number(match[1])
  if (factor === undefined || !Number.isFinite(number) || number <= 0) return undefined
  return Math.round(number * factor * 1000) / 1000
}
