/**
 * Split the deck into slides, as Marp does: at every ruler, and at the
 * headings headingDivider names; then scope the directives (the front
 * matter's and the comments' globals; locals from their slide on, spot
 * directives on their slide only) and take comments out of the content as
 * presenter notes, and `<style>` blocks as deck or slide CSS.
 */
import type { VFile } from 'vfile'
import { runOf } from './cache.ts'
import type { LocalValues } from './directives.ts'
import { draftSlides, outlineOf } from './drafts.ts'
import { collectGlobals, dividerLevels, readFront } from './front-matter.ts'
import type { OutlineComment } from './outline.ts'
import { isChunk, withChildren, type DeckTree, type FrontMatterNode, type SlideNode, type SlidesTree } from './tree.ts'
import { warn, warnDropped } from './warn.ts'

function warnSwallowedComment(file: VFile, comment: OutlineComment, line: number) {
  warn(file, {
    rule: 'comment-swallows-comment',
    message:
      'This comment is not closed with `-->` before the next `<!--`, so Marp reads both as one comment' +
      (comment.kind === 'directives'
        ? ' and ignores the directives of the second.'
        : ' and shows neither as a directive.'),
    line,
    lost: comment.content.slice(comment.content.indexOf('<!--')),
  })
}

/**
 * Local directive values with every name present: all slides' values then
 * share one object shape, which keeps reading them fast on large decks.
 */
function blankValues(): LocalValues {
  return {
    paginate: undefined,
    header: undefined,
    footer: undefined,
    class: undefined,
    backgroundColor: undefined,
    backgroundImage: undefined,
    backgroundPosition: undefined,
    backgroundRepeat: undefined,
    backgroundSize: undefined,
    color: undefined,
    transition: undefined,
  }
}

/** The split: slides with their directives, notes and styles. */
export function remarkSlides() {
  return (tree: DeckTree, file: VFile): SlidesTree => {
    const { cache } = runOf(file)
    const chunks = tree.children.filter(isChunk)
    const yaml = (tree.children.find((node) => node.type === 'yaml') as FrontMatterNode | undefined) ?? null
    const front = readFront(cache, yaml, file)
    const comments =
      'prescan' in tree.data ? [tree.data.prescan ?? null] : chunks.map((c) => outlineOf(cache, c).globals)
    const globals = collectGlobals(front.set, comments)
    const drafts = draftSlides(cache, chunks, dividerLevels(globals), tree.data.bodyLine)

    const local: LocalValues = Object.assign(blankValues(), front.set.locals)
    let spot: LocalValues = { ...front.set.spots }
    const slides = drafts.map((draft): SlideNode => {
      const notes: string[] = []
      for (const { chunk, outline } of draft.parts) {
        const line = chunk.data.line
        for (const drop of outline.dropped) warnDropped(file, drop, line)
        for (const comment of outline.comments) {
          if (comment.content.includes('<!--')) warnSwallowedComment(file, comment, line + comment.line + 1)
          if (comment.kind === 'directives') {
            Object.assign(local, comment.set.locals)
            Object.assign(spot, comment.set.spots)
          } else if (comment.kind === 'note') notes.push(comment.text)
        }
      }
      const values = Object.assign({ ...local }, spot)
      spot = {}
      const parts = draft.parts
      return {
        type: 'slide',
        children: parts.map(({ chunk, outline }) => withChildren(chunk, outline.children)),
        data: {
          line: draft.line,
          values,
          notes,
          hidden: parts.length === 1 ? (parts[0]?.outline.hidden ?? []) : parts.flatMap((p) => p.outline.hidden),
          styles: parts.length === 1 ? (parts[0]?.outline.styles ?? []) : parts.flatMap((p) => p.outline.styles),
          backgrounds: [],
          fragments: 0,
          headings: [],
        },
      }
    })
    return {
      type: 'root',
      children: slides,
      data: { globals, extra: front.set.unknown, frontMatter: front.info, whole: !('prescan' in tree.data) },
    }
  }
}
