/**
 * What raw HTML in a deck may keep (rehype-sanitize schema).
 *
 * Close to marp-core's HTML allowlist, plus the attributes decks lean on
 * (`style`, `id`) and the marks the deck engine puts on its own elements
 * (`data-marpit-fragment`, `data-fit`, image `style`, task items'
 * `data-task`, footnotes' `data-footnote*` and back links' `aria-label`). Everything
 * else is dropped; an element that is not allowed is unwrapped, so its text
 * still shows (as Marp shows disallowed tags as text) but it never acts.
 *
 * Notes: `style` values and URLs are cleaned again after sanitising
 * (`css.ts`, `urls.ts`), because the schema can only check URL schemes.
 */
import type { Schema } from 'hast-util-sanitize'

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** Elements a deck may use. */
const tagNames = [
  // Markdown output
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'hr',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  'strong',
  'ul',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'col',
  'colgroup',
  ...headings,
  // Raw HTML decks use (marp-core's allowlist)
  'abbr',
  'address',
  'article',
  'aside',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'center',
  'cite',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'i',
  'ins',
  'kbd',
  'mark',
  'nav',
  'picture',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strike',
  'sub',
  'summary',
  'sup',
  'time',
  'u',
  'var',
  'video',
  'wbr',
]

/** Attributes allowed per element (hast property names). */
const attributes: Schema['attributes'] = {
  '*': ['className', 'id', 'style', 'title', 'lang', ['dir', 'ltr', 'rtl', 'auto']],
  a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaLabel'],
  img: ['src', 'alt', 'width', 'height', 'align', ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
  video: [
    'src',
    'poster',
    'controls',
    'autoPlay',
    'loop',
    'muted',
    'playsInline',
    ['preload', 'none', 'metadata', 'auto'],
    'width',
    'height',
  ],
  audio: ['src', 'controls', 'autoPlay', 'loop', 'muted', ['preload', 'none', 'metadata', 'auto']],
  source: ['src', 'type', 'media', 'width', 'height'],
  ol: ['start', 'reversed', ['type', '1', 'a', 'A', 'i', 'I']],
  li: ['value', ['dataMarpitFragment', /^\d*$/], ['dataTask', 'checked', 'unchecked']],
  td: ['colSpan', 'rowSpan', 'width', 'align', 'vAlign'],
  th: ['colSpan', 'rowSpan', 'width', 'align', 'vAlign', 'scope'],
  table: ['align', 'width', 'border'],
  tr: ['align', 'vAlign'],
  thead: ['align', 'vAlign'],
  tbody: ['align', 'vAlign'],
  tfoot: ['align', 'vAlign'],
  col: ['span', 'width', 'align'],
  colgroup: ['span', 'width', 'align'],
  details: ['open'],
  time: ['dateTime'],
  del: ['dateTime'],
  ins: ['dateTime'],
  div: ['align', 'dataFootnotes'],
  p: ['align'],
  ...Object.fromEntries(headings.map((name) => [name, ['align', ['dataFit', '']]])),
}

/**
 * The schema for slide content, headers and footers.
 *
 * Notes: no `clobber` prefix, so heading ids stay as Marp makes them (`#slug`
 * links work) and deck CSS can select raw-HTML ids.
 */
export const sanitizeSchema: Schema = {
  tagNames,
  attributes,
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https', 'data'],
    poster: ['http', 'https'],
  },
  ancestors: {
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    col: ['table'],
    colgroup: ['table'],
    caption: ['table'],
  },
  clobber: [],
  clobberPrefix: '',
  // Unwrapped, not removed: their text shows, as marp-core shows them as text.
  strip: [],
  required: {},
  allowComments: false,
  allowDoctypes: false,
}
