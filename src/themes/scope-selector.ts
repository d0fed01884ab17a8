/**
 * Selector rewriting for Marp-format CSS: a theme is written as if each slide
 * were the whole document (`section` is the slide, `h1` means a heading in a
 * slide); on our page the rules must reach only the slides of one deck.
 */
import selectorParser, { type Node, type Selector } from 'postcss-selector-parser'

/** Where the slides are, and what a slide selector turns into. */
export interface SlideTarget {
  /** Selector of the element that holds the slides, e.g. `[data-lectern-deck]`. */
  readonly container: string
  /** What the slide `section` becomes, e.g. `section`. */
  readonly section: string
  /** What `:root` becomes: the slide, with the specificity of a pseudo-class. */
  readonly root: string
  /** `container` split into its selectors, when already done (it is the same for every rule). */
  readonly containers?: readonly string[]
}

/** One selector after scoping. */
export interface ScopedSelector {
  /** The rewritten selector. */
  readonly selector: string
  /** Whether it selects the slide itself (or one of its pseudo-elements), nothing inside. */
  readonly isSlide: boolean
  /** The slide's pseudo-element (`::after`, …) when `isSlide`; lower case, `::` form. */
  readonly pseudoElement: string | undefined
}

const slideTags = new Set(['section', 'html', 'body'])
/** Pseudo-classes whose arguments are selectors matched against the element itself. */
const logicalPseudos = new Set([':is', ':where', ':not', ':matches', ':-webkit-any', ':-moz-any'])
const nthPseudos = /^:nth-(?:last-)?(?:child|of-type|col)$/
const documentTags = new Set(['html', 'body'])
const legacyPseudoElements = new Set([':before', ':after', ':first-line', ':first-letter'])

/**
 * Scope a selector list to the slides of `target.container`.
 *
 * @param selector
 *   A selector list as written in a theme (`section.lead h1, :root`).
 * @param target
 *   The container and the slide's replacement selectors.
 * @returns
 *   One entry per selector (times the container's own list), or `undefined`
 *   when the list does not parse. Selectors that could look outside the slide
 *   (see Notes) are left out.
 *
 * Notes: a selector starting with `section`, `:root`, `html` or `body` starts
 * at the slide (`section.lead h1` → `C section.lead h1`); any other `X`
 * becomes `C section X`. Leading `html`/`body` before the slide are dropped
 * (`html body h1` → `C section h1`). A leading `:is(A, B)` alone in its
 * compound, with an argument starting at the slide, is spread into one
 * selector per argument (as nesting writes it: `:is(section.a) h1` →
 * `section.a h1`). Inside `:is()`, `:where()` and
 * `:not()`, an argument with a combinator is scoped the same way, so that it
 * cannot match on elements outside the slide (`:not(body.x *)` would read the
 * page); `:has()` looks only down and beside the element it is on, so its
 * arguments stay, and any other functional pseudo-class with a combinator
 * inside leaves its selector out.
 */
export function scopeSelectorList(selector: string, target: SlideTarget): ScopedSelector[] | undefined {
  const containers = target.containers ?? splitSelectorList(target.container) ?? [target.container]
  let list: Selector[]
  try {
    list = spreadLeadingIs(selectorParser().astSync(selector).nodes)
  } catch {
    return undefined
  }
  const scoped: ScopedSelector[] = []
  for (const item of list) {
    if (!scopeArguments(item.nodes, target, containers)) continue
    const compounds = toCompounds(item.nodes)
    if (compounds.length === 0) continue
    for (const container of containers) scoped.push(scopeCompounds(compounds, container, target))
  }
  return scoped
}

/** A selector list's selectors as strings, or `undefined` when it does not parse. */
export function splitSelectorList(selector: string): string[] | undefined {
  try {
    return selectorParser()
      .astSync(selector)
      .nodes.map((node) => String(node).trim())
      .filter(Boolean)
  } catch {
    return undefined
  }
}

interface Compound {
  /** The combinator before this compound (`undefined` for the first). */
  combinator: string | undefined
  nodes: Node[]
}

function toCompounds(nodes: readonly Node[]): Compound[] {
  const compounds: Compound[] = []
  let current: Compound = { combinator: undefined, nodes: [] }
  for (const node of nodes) {
    if (node.type === 'combinator') {
      if (current.nodes.length > 0 || compounds.length > 0 || current.combinator) compounds.push(current)
      current = { combinator: node.value.trim() || ' ', nodes: [] }
    } else if (node.type !== 'comment') {
      current.nodes.push(node)
    }
  }
  compounds.push(current)
  return compounds.filter((compound, index) => index === 0 || compound.nodes.length > 0 || compound.combinator)
}

function scopeCompounds(input: Compound[], container: string, target: SlideTarget): ScopedSelector {
  const compounds = dropDocumentCompounds(input)
  const [first, ...rest] = compounds
  const tail = rest.map(serializeCompound).join('')
  if (!first || first.combinator || !isSlideCompound(first)) {
    const whole = compounds.map(serializeCompound).join('').trim()
    return { selector: `${container} ${target.section} ${whole}`, isSlide: false, pseudoElement: undefined }
  }
  const hasRoot = first.nodes.some(isRootPseudo)
  const others = first.nodes.filter((node) => !isSlideTag(node) && !isRootPseudo(node))
  const base = hasRoot ? target.root : target.section
  const selector = `${container} ${base}${others.map(serializeNode).join('')}${tail}`
  const pseudo = others.find(isPseudoElement)
  return {
    selector,
    isSlide: rest.length === 0,
    pseudoElement: rest.length === 0 && pseudo?.value ? normalizePseudoElement(pseudo.value) : undefined,
  }
}

/** `html body section h1` → `section h1`; `html h1` stays (html is the slide). */
function dropDocumentCompounds(compounds: Compound[]): Compound[] {
  let result = compounds
  while (result.length > 1) {
    const [first, next] = result
    if (!first || !next || first.combinator || !isDocumentOnly(first) || !isSlideCompound(next)) break
    result = [{ ...next, combinator: undefined }, ...result.slice(2)]
  }
  return result
}

function isDocumentOnly(compound: Compound): boolean {
  return (
    compound.nodes.length > 0 &&
    compound.nodes.every((node) => node.type === 'tag' && documentTags.has(node.value.toLowerCase()))
  )
}

function isSlideCompound(compound: Compound): boolean {
  return compound.nodes.some((node) => isSlideTag(node) || isRootPseudo(node))
}

function isSlideTag(node: Node): boolean {
  return node.type === 'tag' && slideTags.has(node.value?.toLowerCase() ?? '')
}

function isRootPseudo(node: Node): boolean {
  return node.type === 'pseudo' && node.value.toLowerCase() === ':root'
}

function isPseudoElement(node: Node): boolean {
  if (node.type !== 'pseudo') return false
  const value = node.value.toLowerCase()
  return value.startsWith('::') || legacyPseudoElements.has(value)
}

function normalizePseudoElement(value: string): string {
  const lower = value.toLowerCase()
  return lower.startsWith('::') ? lower : `:${lower}`
}

function serializeCompound(compound: Compound): string {
  const combinator =
    compound.combinator === undefined ? '' : compound.combinator === ' ' ? ' ' : ` ${compound.combinator} `
  return combinator + compound.nodes.map(serializeNode).join('')
}

function serializeNode(node: Node): string {
  return String(node).trim()
}

/**
 * `:is(section.a, B) C` → `section.a C`, `B C`: a leading `:is()` that is its
 * whole compound, when an argument starts at the slide (as nesting writes
 * `section.a, B { & C {} }`), so that it is scoped as the slide. Others stay:
 * spreading would change their specificity.
 */
function spreadLeadingIs(list: Selector[]): Selector[] {
  return list.flatMap((item) => {
    const [first, next] = item.nodes
    const whole = first?.type === 'pseudo' && first.value.toLowerCase() === ':is' && first.nodes.length > 0
    if (!whole || (next !== undefined && next.type !== 'combinator')) return [item]
    if (!first.nodes.some((arg) => isSlideCompound(toCompounds(arg.nodes)[0] ?? { combinator: undefined, nodes: [] })))
      return [item]
    const rest = item.nodes.slice(1).map(String).join('')
    return first.nodes.flatMap((arg) => selectorParser().astSync(`${String(arg).trim()}${rest}`).nodes)
  })
}

/**
 * Scope the selector arguments of pseudo-classes in `nodes` (see
 * {@link scopeSelectorList}), in place.
 *
 * @returns
 *   Whether the selector may stay: false when a pseudo-class other than the
 *   logical ones and `:has()` has a combinator inside.
 */
function scopeArguments(nodes: readonly Node[], target: SlideTarget, containers: readonly string[]): boolean {
  for (const node of nodes) {
    if (node.type !== 'pseudo' || node.nodes.length === 0) continue
    const name = node.value.toLowerCase()
    if (name === ':has') {
      if (!node.nodes.every((arg) => scopeArguments(arg.nodes, target, containers))) return false
    } else if (logicalPseudos.has(name)) {
      const args: string[] = []
      let changed = false
      for (const arg of node.nodes) {
        if (!scopeArguments(arg.nodes, target, containers)) return false
        if (!arg.nodes.some((child) => child.type === 'combinator')) {
          args.push(String(arg).trim())
          continue
        }
        changed = true
        const compounds = toCompounds(arg.nodes)
        for (const container of containers)
          args.push(scopeCompounds(compounds, `:where(${container})`, target).selector)
      }
      if (!changed) continue
      // Written as text, not parsed again: parsing costs more than all the rest.
      node.removeAll()
      node.append(selectorParser.selector({ value: '', nodes: [selectorParser.string({ value: args.join(', ') })] }))
    } else if (nthPseudos.test(name)) {
      // `An+B of S`: the part after `of` is a selector.
      const text = String(node.nodes[0] ?? '')
      const of = /\bof\b/i.exec(text)
      if (of && hasCombinator(selectorParser().astSync(text.slice(of.index + 2)))) return false
    } else if (hasCombinator(node)) {
      return false
    }
  }
  return true
}

function hasCombinator(container: selectorParser.Container | selectorParser.Root): boolean {
  let found = false
  container.walkCombinators(() => {
    found = true
    return false
  })
  return found
}
