/**
 * Marp's image alt keywords: sizes, filters and `bg`
 * backgrounds, read out of `![…](url)` alt text.
 */

/** What an image's alt text asks for. */
export interface ImageKeywords {
  background: boolean
  /** Alt text left after keywords were consumed (left-trimmed), e.g. `#c` or a caption. */
  alt: string
  width: string | null
  height: string | null
  /** CSS filter chain, or null. */
  filter: string | null
  /** Background only: `background-size` value, or null. */
  size: string | null
  split: { side: 'left' | 'right'; size: string } | null
  direction: 'horizontal' | 'vertical' | null
}

const length = /^(?:\d*\.?\d+(?:px|cm|mm|in|pt|pc|em|ex|ch|%)?|auto)$/
const sizeKeyword = /^(w|width|h|height):(.+)$/
const filterDefaults: Record<string, string> = {
  blur: '10px',
  brightness: '1.5',
  contrast: '2',
  grayscale: '1',
  'hue-rotate': '180deg',
  invert: '1',
  opacity: '.5',
  saturate: '2',
  sepia: '1',
  'drop-shadow': '0,5px,10px,rgba(0,0,0,.4)',
}
const filterKeyword =
  /^(blur|brightness|contrast|grayscale|hue-rotate|invert|opacity|saturate|sepia|drop-shadow)(?::(.*))?$/

function withUnit(value: string): string {
  return /^\d*\.?\d+$/.test(value) ? `${value}px` : value
}

/** Split a drop-shadow argument on commas that are not inside parentheses. */
function shadowArgs(value: string): string {
  let depth = 0
  let out = ''
  for (const ch of value) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    out += ch === ',' && depth === 0 ? ' ' : ch
  }
  return out
}

/** Read the keywords of an image's alt text. */
export function parseImageKeywords(alt: string): ImageKeywords {
  const tokens = [...alt.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index, used: false }))
  const result: ImageKeywords = {
    background: false,
    alt: '',
    width: null,
    height: null,
    filter: null,
    size: null,
    split: null,
    direction: null,
  }
  const filters: string[] = []
  let keywordSize: string | null = null
  for (const token of tokens) {
    const size = sizeKeyword.exec(token.text)
    if (size?.[2] && length.test(size[2])) {
      token.used = true
      const value = withUnit(size[2])
      if (size[1]?.startsWith('w')) result.width = value
      else result.height = value
      continue
    }
    const filter = filterKeyword.exec(token.text)
    if (filter?.[1]) {
      token.used = true
      const name = filter[1]
      const argument = filter[2] || filterDefaults[name] || ''
      filters.push(`${name}(${name === 'drop-shadow' ? shadowArgs(argument) : argument})`)
    }
  }
  result.background = tokens.some((t) => !t.used && t.text === 'bg')
  if (result.background) {
    for (const token of tokens) {
      if (token.used) continue
      const t = token.text
      const split = /^(left|right)(?::(\d*\.?\d+%))?$/.exec(t)
      if (t === 'bg') token.used = true
      else if (t === 'cover' || t === 'contain' || t === 'auto' || t === 'fit') {
        keywordSize = t === 'fit' ? 'contain' : t
        token.used = true
      } else if (/^\d*\.?\d+%$/.test(t)) {
        keywordSize = t
        token.used = true
      } else if (split?.[1]) {
        result.split = { side: split[1] as 'left' | 'right', size: split[2] ?? '50%' }
        token.used = true
      } else if (t === 'vertical' || t === 'horizontal') {
        result.direction = t
        token.used = true
      }
    }
    if (keywordSize === 'cover' || keywordSize === 'contain') result.size = keywordSize
    else if (result.width || result.height) {
      result.size = `${result.width ?? keywordSize ?? 'auto'} ${result.height ?? keywordSize ?? 'auto'}`
    } else result.size = keywordSize
  }
  result.filter = filters.length ? filters.join(' ') : null
  const rest = tokens.filter((t) => !t.used)
  const first = rest[0]
  if (first) {
    let text = ''
    let previous: (typeof tokens)[number] | undefined
    for (const token of rest) {
      if (previous) {
        const gap = alt.slice(previous.at + previous.text.length, token.at)
        text += /^\s+$/.test(gap) ? gap : ' '
      }
      text += token.text
      previous = token
    }
    result.alt = text
  }
  return result
}

/** Whether an image's alt text makes it a background (`bg` among its words). */
export function isBackground(alt: string): boolean {
  return /(?:^|\s)bg(?:\s|$)/.test(alt)
}
