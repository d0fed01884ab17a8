/**
 * Runs marp-core the way the reference models were made: HTML enabled, KaTeX
 * for math, and unknown themes replaced by blank stand-ins so the deck's own
 * `theme` value survives (plain Marp would silently drop it).
 */
import { createRequire } from 'node:module'
import { Marp } from '@marp-team/marp-core'
import katexPlugin from '@marp-team/marp-core/plugins/katex'

type MarpitYaml = (text: string, looseKeys: string[]) => Record<string, unknown> | false

// Marp's own YAML reader (FAILSAFE schema + loose mode), so front matter is
// judged exactly as Marp judges it. It is internal and untyped; Marpit has no
// exports map, so the CommonJS module can be required directly.
const { yaml: marpitYaml } = createRequire(import.meta.url)('@marp-team/marpit/lib/markdown/directives/yaml.js') as {
  yaml: MarpitYaml
}

export interface MarpRender {
  html: string
  /** Per slide: comments Marp did not consume as directives (= presenter notes). */
  comments: string[][]
  /** What Marpit stored as the deck's global directives. */
  globalDirectives: Record<string, unknown>
  /** Raw front matter text, or null when the deck has none. */
  frontMatter: string | null
  /** The front matter as Marp's YAML reader saw it (false when it failed). */
  frontMatterYaml: Record<string, unknown> | false
}

/** The part of markdown-it's core state the front matter probe reads. */
interface CoreState {
  inlineMode: boolean
  tokens: { type: string; meta: unknown }[]
}

/** Stand-in theme: no styling, only the two size presets built-in themes have. */
const stubTheme = (name: string) => `/* @theme ${name} */\n/* @size 16:9 1280px 720px */\n/* @size 4:3 960px 720px */\n`

// strict: 'ignore' only silences KaTeX's console warnings about Unicode in formulas; it renders the same.
const createMarp = () => new Marp({ html: true }).use(katexPlugin({ options: { strict: 'ignore' } }))

/**
 * Theme names the deck asks for that Marp does not know. Collected in a
 * parse-only pass: Marpit validates a `theme` value with `themeSet.has()`,
 * so recording the misses there catches every place a theme can be set
 * (front matter, directive comments) without re-implementing directive parsing.
 */
function unknownThemes(markdown: string): string[] {
  const marp = createMarp()
  const { themeSet } = marp
  const known = themeSet.has.bind(themeSet)
  const missing = new Set<string>()
  themeSet.has = (name: string) => {
    if (!known(name) && typeof name === 'string') missing.add(name)
    return known(name)
  }
  marp.markdown.parse(markdown, {})
  return [...missing]
}

export function renderMarp(markdown: string): MarpRender {
  const marp = createMarp()
  for (const name of unknownThemes(markdown)) marp.themeSet.add(stubTheme(name))

  const seen: { frontMatter: string | null } = { frontMatter: null }
  marp.markdown.core.ruler.after('block', 'oracle_front_matter', (state: CoreState) => {
    // Header/footer values are parsed inline later; those runs have no front matter.
    if (state.inlineMode) return
    const token = state.tokens.find((t) => t.type === 'front_matter')
    seen.frontMatter = token ? (token.meta as string) : null
  })

  const { html, comments } = marp.render(markdown)
  // marp-core parses front matter loosely for its own directive names too.
  const looseKeys = [...Object.keys(marp.customDirectives.global), ...Object.keys(marp.customDirectives.local)]
  const { frontMatter } = seen
  return {
    html,
    comments,
    // Protected in the typings, but it is the only record of accepted globals.
    globalDirectives: { ...(marp as unknown as { lastGlobalDirectives: object }).lastGlobalDirectives },
    frontMatter,
    frontMatterYaml: frontMatter === null ? false : marpitYaml(frontMatter, looseKeys),
  }
}
