/**
 * Marp's directives as a table of small normalisers: each takes the raw YAML
 * value and returns the accepted value, or `undefined` to reject it (the
 * directive is still "recognised", so its comment is not a note).
 */
import { isMapping, loosenYaml, parseFailsafe, type YamlValue } from './yaml.ts'

export type Normaliser = (value: YamlValue) => unknown

const asString = (value: YamlValue): string | undefined => (typeof value === 'string' ? value : undefined)
const nonEmptyString = (value: YamlValue): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function normaliseDivider(value: YamlValue): number[] | false | undefined {
  const levels = (v: YamlValue) => (typeof v === 'string' && /^\s*[1-6]\s*$/.test(v) ? Number(v) : undefined)
  if (value === 'false') return false
  if (Array.isArray(value)) {
    const picked = new Set(value.map(levels).filter((level) => level !== undefined))
    return [1, 2, 3, 4, 5, 6].filter((level) => picked.has(level))
  }
  const level = levels(value)
  return level === undefined ? undefined : [1, 2, 3, 4, 5, 6].slice(0, level)
}

function normaliseKeywords(value: YamlValue): string[] | undefined {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined
  if (!list) return undefined
  return [
    ...new Set(
      list
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]
}

/** Global directives: one value for the whole deck, the last valid one wins. */
export const globalDirectives = {
  theme: nonEmptyString,
  style: asString,
  headingDivider: normaliseDivider,
  lang: asString,
  size: nonEmptyString,
  math: (value: YamlValue): 'katex' | 'mathjax' | undefined =>
    value === 'katex' || value === 'mathjax' ? value : undefined,
  // marp-cli's metadata directives.
  title: asString,
  author: asString,
  description: asString,
  keywords: normaliseKeywords,
  url: asString,
  image: asString,
} satisfies Record<string, Normaliser>

/** Local directives: from their slide on; with a `_` prefix, that slide only. */
export const localDirectives = {
  paginate: (value: YamlValue): boolean | 'hold' | 'skip' => {
    const lower = typeof value === 'string' ? value.toLowerCase() : ''
    return lower === 'true' ? true : lower === 'hold' || lower === 'skip' ? lower : false
  },
  header: asString,
  footer: asString,
  class: (value: YamlValue): string | undefined =>
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value.join(' ')
        : undefined,
  backgroundColor: asString,
  backgroundImage: asString,
  backgroundPosition: asString,
  backgroundRepeat: asString,
  backgroundSize: asString,
  color: asString,
  transition: asString,
} satisfies Record<string, Normaliser>

export type GlobalName = keyof typeof globalDirectives
export type LocalName = keyof typeof localDirectives
export type GlobalValues = { [K in GlobalName]?: Exclude<ReturnType<(typeof globalDirectives)[K]>, undefined> }
export type LocalValues = { [K in LocalName]?: Exclude<ReturnType<(typeof localDirectives)[K]>, undefined> }

/** The names Marp loosens in comments: Marp's own directives only. */
const builtInNames = [
  'theme',
  'style',
  'headingDivider',
  'lang',
  'size',
  'math',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'color',
]
const looseInComments = new Set(builtInNames)
// marp-core loosens the same names in front matter; metadata keys such as
// `title` are not loosened there either, so `title: Foo: Bar` breaks it.
const looseInFrontMatter = looseInComments

/** The directives one source (front matter or one comment) sets. */
export interface DirectiveSet {
  globals: GlobalValues
  locals: LocalValues
  spots: LocalValues
  /** Keys that are not directives, with their values (kept as metadata from front matter). */
  unknown: Record<string, YamlValue>
}

const isGlobal = (key: string): key is GlobalName => Object.hasOwn(globalDirectives, key)
const isLocal = (key: string): key is LocalName => Object.hasOwn(localDirectives, key)

/** Sort the keys of a YAML mapping into directives; `recognised` says whether any key was one. */
export function readDirectives(mapping: Record<string, YamlValue>): DirectiveSet & { recognised: boolean } {
  const set: DirectiveSet & { recognised: boolean } = {
    globals: {},
    locals: {},
    spots: {},
    unknown: {},
    recognised: false,
  }
  for (const [key, value] of Object.entries(mapping)) {
    if (isGlobal(key)) {
      set.recognised = true
      const accepted = globalDirectives[key](value)
      if (accepted !== undefined) (set.globals as Record<string, unknown>)[key] = accepted
    } else if (isLocal(key) || (key.startsWith('_') && isLocal(key.slice(1)))) {
      set.recognised = true
      const name = (key.startsWith('_') ? key.slice(1) : key) as LocalName
      const accepted = localDirectives[name](value)
      if (accepted !== undefined) {
        ;((key.startsWith('_') ? set.spots : set.locals) as Record<string, unknown>)[name] = accepted
      }
    } else set.unknown[key] = value
  }
  return set
}

/** What a comment turned out to be. */
export type CommentMeaning =
  { kind: 'directives'; set: DirectiveSet } | { kind: 'ignored' } | { kind: 'note'; text: string }

const magicComment =
  /^(?:prettier-ignore(?:-start|-end)?|markdownlint-(?:disable|enable|capture|restore)\b.*|lint (?:disable|enable|ignore)\b.*)$/s

/**
 * Classify the content of an HTML comment: directives, a lint "magic comment",
 * or a presenter note.
 *
 * @param content Text between `<!--` and `-->`, trimmed.
 */
export function classifyComment(content: string): CommentMeaning {
  if (content.includes(':')) {
    const parsed = parseFailsafe(loosenYaml(content, looseInComments))
    if (parsed.ok && isMapping(parsed.value)) {
      const set = readDirectives(parsed.value)
      if (set.recognised) return { kind: 'directives', set }
    }
  }
  if (magicComment.test(content)) return { kind: 'ignored' }
  return { kind: 'note', text: content }
}

/** Read the front matter: its directives, or why it was discarded. */
export function readFrontMatter(yaml: string): { set: DirectiveSet; keys: string[] } | { error: string } {
  const parsed = parseFailsafe(loosenYaml(yaml, looseInFrontMatter))
  if (!parsed.ok) return { error: parsed.error }
  if (!isMapping(parsed.value)) return { set: { globals: {}, locals: {}, spots: {}, unknown: {} }, keys: [] }
  const { recognised: _, ...set } = readDirectives(parsed.value)
  return { set, keys: Object.keys(parsed.value) }
}
