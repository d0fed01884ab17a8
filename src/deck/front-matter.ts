/**
 * The deck's global directives: the front matter's, then every directive
 * comment's in order (the last value wins).
 */
import type { VFile } from 'vfile'
import type { DeckCache } from './cache.ts'
import type { CommentMeaning, DirectiveSet, GlobalValues } from './directives.ts'
import type { FrontMatterNode, SlidesTree } from './tree.ts'
import { warn } from './warn.ts'

const empty: DirectiveSet = { globals: {}, locals: {}, spots: {}, unknown: {} }

/**
 * Read the front matter's directives, and (given the file) warn when Marp
 * would lose it.
 */
export function readFront(
  cache: DeckCache,
  node: FrontMatterNode | null,
  file?: VFile,
): { set: DirectiveSet; info: SlidesTree['data']['frontMatter'] } {
  if (!node) return { set: empty, info: { present: false, parsedAsYaml: false, keys: [], text: null } }
  const text = node.data.block
  const read = cache.frontMatter(node.value)
  if ('error' in read) {
    if (file) {
      warn(file, {
        rule: 'front-matter-yaml',
        message: `The front matter is not valid YAML (${read.error}), so Marp ignores all of it: none of its directives (theme, paginate, header, …) apply. Quote values that contain \`: \` or start with \`*\`, \`[\` or \`&\`.`,
        line: 1,
        lost: text,
      })
    }
    return { set: empty, info: { present: true, parsedAsYaml: false, keys: [], text } }
  }
  return { set: read.set, info: { present: true, parsedAsYaml: true, keys: read.keys, text } }
}

/** The global directives of some comments, in order (the last wins); null when they set none. */
export function commentGlobals(comments: readonly CommentMeaning[]): GlobalValues | null {
  let globals: GlobalValues | null = null
  for (const comment of comments) {
    if (comment.kind === 'directives' && Object.keys(comment.set.globals).length > 0) {
      globals = Object.assign({}, globals, comment.set.globals)
    }
  }
  return globals
}

/** Global directives: front matter first, then those of the comments, in order; the last wins. */
export function collectGlobals(front: DirectiveSet, comments: readonly (GlobalValues | null)[]): GlobalValues {
  const globals: GlobalValues = { ...front.globals }
  for (const set of comments) if (set) Object.assign(globals, set)
  return globals
}

/** The heading levels headingDivider cuts at. */
export function dividerLevels(globals: GlobalValues): Set<number> {
  return new Set(globals.headingDivider || [])
}
