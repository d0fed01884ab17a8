// TEMPORARY STUB: the real engine is being written; keep the signature.
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Deck } from './types.ts'

export interface ParseDeckOptions {
  /** Size presets by name, `[width, height]` in px. Default: `16:9` and `4:3`. */
  sizes?: Record<string, readonly [number, number]>
}

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

export function parseDeck(text: string, _options: ParseDeckOptions = {}): Deck {
  const tree = processor.runSync(processor.parse(text))
  return {
    meta: {
      title: null, author: null, description: null, keywords: [], lang: null, theme: null,
      size: null, width: 1280, height: 720, headingDivider: null, math: null, style: null,
      styles: [], extra: {}, frontMatter: { present: false, parsedAsYaml: false, keys: [] },
    },
    warnings: [],
    slides: [{
      index: 0, id: '1', line: 1, class: null, header: null, footer: null, paginate: false,
      pagination: null, paginationTotal: null, backgroundImage: null, backgroundPosition: null,
      backgroundSize: null, backgroundRepeat: null, backgroundColor: null, color: null,
      transition: null, theme: null, size: null, width: 1280, height: 720, lang: null,
      bgImages: [], bgSplit: null, bgSplitSize: null, bgDirection: null, fragments: 0,
      scopedStyles: [], headings: [], notes: [], tree,
    }],
  }
}
