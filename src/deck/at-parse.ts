/**
 * Run a transforming plugin as part of parsing: its transform is handed to
 * mdast-util-from-markdown, so it runs on each chunk as it is parsed and its
 * work is remembered with the chunk, instead of running over the whole deck
 * on every parse.
 */
import type { Root } from 'mdast'
import type { Processor, Transformer } from 'unified'

/** A plugin that returns a tree transform (remark-gemoji, remark-breaks). */
type TransformPlugin = (this: Processor) => Transformer<Root, Root> | void

/** The plugin, with its transform run while parsing. */
export function atParse(plugin: TransformPlugin) {
  return function (this: Processor) {
    const transform = plugin.call(this)
    if (!transform) return
    ;(this.data().fromMarkdownExtensions ??= []).push({
      transforms: [
        (tree: Root) => {
          // Both plugins this is for transform in place and synchronously; they ignore the file.
          ;(transform as (tree: Root) => void)(tree)
        },
      ],
    })
  }
}
