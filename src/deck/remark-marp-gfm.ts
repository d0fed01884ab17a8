/**
 * The part of GFM that Marp's markdown-it has: tables and `~~strike~~`.
 * Not task lists, footnotes or autolink literals (bare URLs are linked
 * afterwards, see remark-linkify.ts).
 */
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import type { Processor } from 'unified'

export function remarkMarpGfm(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] }
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }))
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown())
}
