/**
 * A dropped theme's `@import`s: a stylesheet imported by URL would land on
 * the page unscoped, so each is brought into the theme and scoped with it.
 * A file of the drop is read from it; a sheet on the web is fetched (32 sheets
 * at most, a million characters together). One that cannot be had stays an
 * `@import`, which the scoper leaves out and the presenter names in a notice.
 */
import { inlineImports } from '../themes/index.ts'
import { maxCharacters } from '../themes/limits.ts'
import type { AssetResolver } from '../render/index.ts'
import { bundleResolver, type BundleResolver } from './asset-resolver.ts'
import { findBundleFile, type DeckBundle } from './bundle.ts'
import { resolveCssUrls } from './css-urls.ts'

/** Options of {@link inlineThemeImports}. */
export interface ThemeSheetOptions {
  /** Whether a name is a theme's (`@import 'gaia'` is the theme, not a file). */
  isThemeName: (name: string) => boolean
  /** Keeps the object URLs made for the imported sheets' images, to release with the bundle. */
  keep: (resolver: BundleResolver) => void
  fetch?: typeof fetch
}

/** Most sheets one theme may import, all levels together. */
const maxSheets = 32
/** Largest imported sheet read, in bytes: no more than the scoper takes (limits.ts). */
const maxBytes = maxCharacters
const timeoutMs = 10_000

const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

/**
 * A dropped theme with the sheets it imports brought in (their `url()`s made
 * to work from the theme: dropped files as object URLs, sheets on the web
 * against their own URL).
 *
 * @param bundle
 *   The drop, its files already made inert (see inert-files.ts).
 * @param path
 *   The theme's path in it.
 * @param css
 *   The theme as written.
 */
export async function inlineThemeImports(
  bundle: Pick<DeckBundle, 'files'>,
  path: string,
  css: string,
  options: ThemeSheetOptions,
): Promise<string> {
  let sheets = 0
  let characters = css.length
  const load = async (target: string, from: string): Promise<{ css: string; id: string } | null> => {
    if (++sheets > maxSheets) return null
    const sheet = await read(target, from)
    // All the sheets together read no more than the scoper would take (limits.ts).
    if (sheet) characters += sheet.css.length
    return sheet && characters <= maxCharacters ? sheet : null
  }
  const read = async (target: string, from: string): Promise<{ css: string; id: string } | null> => {
    if (isWebUrl(from) || isWebUrl(target)) return fetchSheet(new URL(target, isWebUrl(from) ? from : undefined).href)
    const file = findBundleFile(bundle, from, target)
    const blob = file === null ? undefined : bundle.files.get(file)
    if (file === null || !blob || blob.size > maxBytes) return null
    const resolver = bundleResolver(bundle, file)
    options.keep(resolver)
    return { css: resolveCssUrls(await blob.text(), resolver.resolve), id: file }
  }
  const fetchSheet = async (url: string): Promise<{ css: string; id: string } | null> => {
    try {
      const response = await (options.fetch ?? fetch)(url, {
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      })
      const type = response.headers.get('content-type') ?? ''
      if (!response.ok || /html/i.test(type) || Number(response.headers.get('content-length')) > maxBytes) return null
      const text = await response.text()
      if (text.length > maxBytes) return null
      const against: AssetResolver = (relative) => {
        try {
          return new URL(relative, response.url || url).href
        } catch {
          return null
        }
      }
      return { css: resolveCssUrls(text, against), id: response.url || url }
    } catch {
      return null
    }
  }
  return inlineImports(css, load, path, options.isThemeName)
}
