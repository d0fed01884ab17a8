/**
 * Math as marp-core delimits it, as micromark constructs
 * that emit micromark-extension-math's token types, so mdast-util-math builds
 * the usual `inlineMath` and `math` nodes.
 *
 * Inline `$…$`: the opening `$` must not be followed by a space or tab; the
 * first unescaped `$` after it closes, and only if it is neither preceded by a
 * space or tab nor followed by a digit (otherwise the opening `$` is text, so
 * `$5 and $10` stays text); `$$` inline is text.
 *
 * Block `$$`: a line starting with `$$` (it may interrupt a paragraph) opens
 * it; the first line whose text ends with `$$` closes it, the opening line
 * included (`$$ x $$`); text before that `$$` is math. Never closed, it runs
 * to the end of its container.
 */
import { mathFromMarkdown } from 'mdast-util-math'
import { markdownLineEnding } from 'micromark-util-character'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mathFlow: 'mathFlow'
    mathFlowFence: 'mathFlowFence'
    mathFlowFenceSequence: 'mathFlowFenceSequence'
    mathFlowValue: 'mathFlowValue'
    mathText: 'mathText'
    mathTextData: 'mathTextData'
    mathTextSequence: 'mathTextSequence'
  }
}

const dollar = 36
const isSpaceOrTab = (code: Code) => code === 32 || code === -2 || code === -1 || code === 9
const isDigit = (code: Code) => code !== null && code >= 48 && code <= 57

/** `$$` in running text is literal: both dollars are plain text. */
const dollarPair: Construct = {
  name: 'marpDollarPair',
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('data')
      effects.consume(code)
      return (next: Code) => {
        if (next !== dollar) return nok(next)
        effects.consume(next)
        effects.exit('data')
        return ok
      }
    }
  },
}

const mathText: Construct = {
  name: 'marpMathText',
  tokenize(effects, ok, nok) {
    let previous: Code = null
    let backslashes = 0
    let inData = false

    const endData = () => {
      if (inData) effects.exit('mathTextData')
      inData = false
    }

    const content: State = (code) => {
      if (code === null) return nok(code)
      if (code === dollar && backslashes % 2 === 0) {
        if (isSpaceOrTab(previous)) return nok(code)
        endData()
        effects.enter('mathTextSequence')
        effects.consume(code)
        return close
      }
      if (markdownLineEnding(code)) {
        endData()
        effects.enter('lineEnding')
        effects.consume(code)
        effects.exit('lineEnding')
      } else {
        if (!inData) effects.enter('mathTextData')
        inData = true
        effects.consume(code)
      }
      backslashes = code === 92 ? backslashes + 1 : 0
      previous = code
      return content
    }

    const close: State = (code) => {
      if (isDigit(code)) return nok(code)
      effects.exit('mathTextSequence')
      effects.exit('mathText')
      return ok(code)
    }

    return (code) => {
      effects.enter('mathText')
      effects.enter('mathTextSequence')
      effects.consume(code)
      effects.exit('mathTextSequence')
      return (next: Code) => (next === null || isSpaceOrTab(next) || next === dollar ? nok(next) : content(next))
    }
  },
}

/** A line ending followed by a line that belongs to the same container (not a lazy one). */
const nonLazyLine: Construct = {
  partial: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    return (code) => {
      if (code === null) return nok(code)
      effects.enter('lineEnding')
      effects.consume(code)
      effects.exit('lineEnding')
      return (next: Code) => (this.parser.lazy[this.now().line] ? nok(next) : ok(next))
    }
  },
}

/** `$$`, then only spaces or tabs to the end of the line: the closing delimiter. */
function closingDelimiter(effects: Effects, ok: State, nok: State): State {
  let size = 0
  const rest: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('mathFlowFence')
      return ok(code)
    }
    if (!isSpaceOrTab(code)) return nok(code)
    effects.consume(code)
    return rest
  }
  const sequence: State = (code) => {
    if (code === dollar && size < 2) {
      size++
      effects.consume(code)
      return sequence
    }
    if (size < 2) return nok(code)
    effects.exit('mathFlowFenceSequence')
    return rest(code)
  }
  return (code) => {
    effects.enter('mathFlowFence')
    effects.enter('mathFlowFenceSequence')
    return sequence(code)
  }
}
const closing: Construct = { partial: true, tokenize: closingDelimiter }

const mathFlow: Construct = {
  name: 'marpMathFlow',
  concrete: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    let opening = 0
    let inValue = false

    const endValue = () => {
      if (inValue) effects.exit('mathFlowValue')
      inValue = false
    }
    const after: State = (code) => {
      endValue()
      effects.exit('mathFlow')
      return ok(code)
    }
    const line: State = (code) => {
      if (code === null) return after(code)
      if (markdownLineEnding(code)) {
        endValue()
        return effects.attempt(nonLazyLine, line, after)(code)
      }
      if (code === dollar) {
        endValue() // a value token may not hold the closing delimiter; a new one starts if it is not
        return effects.attempt(closing, after, value)(code)
      }
      return value(code)
    }
    const value: State = (code) => {
      if (!inValue) effects.enter('mathFlowValue')
      inValue = true
      effects.consume(code)
      return line
    }
    const open: State = (code) => {
      if (code === dollar && opening < 2) {
        opening++
        effects.consume(code)
        return open
      }
      if (opening < 2) return nok(code)
      effects.exit('mathFlowFenceSequence')
      effects.exit('mathFlowFence')
      // A paragraph may be interrupted here: that is all the check needs to know.
      return this.interrupt ? ok(code) : line(code)
    }
    return (code) => {
      if (code !== dollar) return nok(code)
      effects.enter('mathFlow')
      effects.enter('mathFlowFence')
      effects.enter('mathFlowFenceSequence')
      return open(code)
    }
  },
}

/** Marp's math: `$…$` inline and `$$` blocks, as `inlineMath` and `math` nodes. */
export function remarkMarpMath(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] }
  ;(data.micromarkExtensions ??= []).push({ flow: { [dollar]: mathFlow }, text: { [dollar]: [dollarPair, mathText] } })
  ;(data.fromMarkdownExtensions ??= []).push(mathFromMarkdown())
}
